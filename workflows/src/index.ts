// Public entry of the pure domain.
export * from './calendar/calendar-date';
export * from './validators/id-number';
export * from './validators/credit-code';
export * from './validators/bank-card';
export * from './validators/mobile';
