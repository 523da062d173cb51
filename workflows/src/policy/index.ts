export * from './units';
export * from './policy.types';
export * from './policy-set';
export * from './policy-accessors';
export * from './harbin-policy';
