// Units used across policy and calculators. Money is integer fen; rates and ratios are integer
// parts per million (ppm) so that published rates such as 2.525 % (= 25 250 ppm) stay exact —
// basis points would need a fraction there.

/** An amount of money in fen (0.01 yuan); always a safe integer. */
export type Fen = number;

/** A rate or ratio in parts per million: 1 % = 10 000 ppm, 100 % = 1 000 000 ppm. */
export type Ppm = number;

export const PPM_ONE = 1_000_000;

/** Whole yuan to fen, for writing policy data readably. */
export function yuan(amount: number): Fen {
  const fen = amount * 100;
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${amount} yuan`);
  return fen;
}
