// Integer rounding used by every calculator. One convention everywhere: amounts are rounded to
// the fen half-up (0.005 yuan → 0.01), the way published figures are rounded; caps and quotas
// are rounded down, because a cap must never be exceeded by rounding.

/** round_half_up(num / den) for num ≥ 0, den > 0, exact on BigInt. */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (num < 0n || den <= 0n) throw new RangeError('divRoundHalfUp needs num ≥ 0 and den > 0');
  return (2n * num + den) / (2n * den);
}

/** round_half_up(x × y / d) for non-negative safe integers; exact (BigInt when x × y is large). */
export function mulDivRoundHalfUp(x: number, y: number, d: number): number {
  const p = x * y;
  if (!Number.isSafeInteger(p)) return Number(divRoundHalfUp(BigInt(x) * BigInt(y), BigInt(d)));
  if (p < 0 || d <= 0) throw new RangeError('mulDivRoundHalfUp needs non-negative operands and d > 0');
  let q = Math.floor(p / d);
  // Float division can land one off for large p; correct with the exact remainder.
  let r = p - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return 2 * r >= d ? q + 1 : q;
}

/** floor(x × y / d) for non-negative safe integers, exact. */
export function mulDivFloor(x: number, y: number, d: number): number {
  return Number((BigInt(x) * BigInt(y)) / BigInt(d));
}

/** Rounds down to a multiple of `unit`. */
export function floorToUnit(amount: number, unit: number): number {
  return amount <= 0 ? 0 : amount - (amount % unit);
}

export function assertFen(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative whole number of fen: ${value}`);
}
