// Public entry of schemas/ (filled in as the module grows).
export {};
export * from './auth.schemas';
