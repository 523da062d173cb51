// Both drivers must hand back the same JavaScript values: calendar dates as 'YYYY-MM-DD'
// strings (a JS Date would shift them by the local time zone) and int8 (money in fen, counts)
// as numbers. Fen amounts stay far below 2^53, so number is exact.
import pg from 'pg';

const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;

const toNumber = (v: string): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${v} exceeds the safe integer range`);
  return n;
};

export const pgliteParsers = {
  [DATE]: (v: string) => v,
  [INT8]: toNumber,
  [NUMERIC]: (v: string) => v,
};

export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE) return (v: string) => v;
    if (oid === INT8) return toNumber;
    return pg.types.getTypeParser(oid, format);
  },
} as unknown as pg.CustomTypesConfig;
