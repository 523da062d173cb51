// Repayment arithmetic for the seeded loans (domain.md §4.5), in integer fen.

const monthlyRate = (rateBp: number) => rateBp / 10_000 / 12;

/** 等额本息: M = P·r·(1+r)^n / ((1+r)^n − 1), rounded to the fen. */
export function annuityPaymentFen(principalFen: number, rateBp: number, termMonths: number): number {
  const r = monthlyRate(rateBp);
  const growth = Math.pow(1 + r, termMonths);
  return Math.round((principalFen * r * growth) / (growth - 1));
}

/** Balance after `paid` installments of the rounded annuity payment. */
export function annuityOutstandingFen(principalFen: number, rateBp: number, termMonths: number, paid: number): number {
  if (paid >= termMonths) return 0;
  const r = monthlyRate(rateBp);
  const growth = Math.pow(1 + r, paid);
  const payment = annuityPaymentFen(principalFen, rateBp, termMonths);
  return Math.max(0, Math.round(principalFen * growth - (payment * (growth - 1)) / r));
}

/** 等额本金: equal principal parts; the payment due now is that part plus interest on the balance. */
export function equalPrincipalOutstandingFen(principalFen: number, termMonths: number, paid: number): number {
  if (paid >= termMonths) return 0;
  return principalFen - Math.round((principalFen * paid) / termMonths);
}

export function equalPrincipalPaymentFen(principalFen: number, rateBp: number, termMonths: number, outstandingFen: number): number {
  return Math.round(principalFen / termMonths + outstandingFen * monthlyRate(rateBp));
}
