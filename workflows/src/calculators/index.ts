export * from './rounding';
export * from './schedule.types';
export * from './equal-installment';
export * from './equal-principal';
