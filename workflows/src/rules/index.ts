// Public entry of rules/: eligibility evaluation, its inputs, windows, and message templates.
export * from './applicant-facts';
export * from './rule-result';
export * from './rule-params';
export { checkWindow, periodStart, type WindowCheck } from './withdrawal-windows';
export { amountCap, type AmountCap, type CapKind } from './amount-caps';
export { evaluateEligibility, RULES, type EligibilityInput } from './eligibility';
export * from './messages';
