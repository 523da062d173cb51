// Public entry of the pure domain.
export * from './domain-error';
export * from './calendar/index';
export * from './policy/index';
export * from './calculators/index';
export * from './catalogue/index';
export * from './rules/index';
export * from './lifecycle/index';
export * from './schemas/index';
export * from './validators/id-number';
export * from './validators/credit-code';
export * from './validators/bank-card';
export * from './validators/mobile';
export * from './exports/csv';
export * from './materials/field-mismatches';
