// Public entry of catalogue/: the business catalogue (data) and the checklist built from it.
export * from './catalogue.types';
export * from './business-type-codes';
export * from './business-types';
export { MATERIALS, type MaterialId } from './materials';
export * from './checklist';
