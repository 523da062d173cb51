import { describe, expect, it } from 'vitest';
import { chineseAmountToFen, decimalAmountToFen } from './normalise-amount';
import { allDates, normaliseDate } from './normalise-date';

describe('amount normalisers', () => {
  it.each([
    ['壹万贰仟元整', 1_200_000],
    ['肆万零贰佰肆拾元壹角捌分', 4_024_018],
    ['贰佰零柒万捌仟贰佰壹拾捌元整', 207_821_800],
    ['叁仟伍佰元整', 350_000],
    ['壹拾元零伍分', 1_005],
    ['壹亿元整', 10_000_000_000],
  ])('%s → %i fen', (text, fen) => expect(chineseAmountToFen(text)).toBe(fen));

  it('refuses what is not a capital amount', () => expect(chineseAmountToFen('合计')).toBeNull());

  it.each([
    ['¥12,000.00', 1_200_000],
    ['12000元', 1_200_000],
    ['人民币2,078,218.00元', 207_821_800],
    ['1764.8', 176_480],
  ])('%s → %i fen', (text, fen) => expect(decimalAmountToFen(text)).toBe(fen));
});

describe('date normaliser', () => {
  it.each([
    ['2026年3月5日', '2026-03-05'],
    ['2026.03.05', '2026-03-05'],
    ['2026 年 3 月 5 日', '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
  ])('%s → %s', (text, iso) => expect(normaliseDate(text)).toBe(iso));

  it('refuses impossible dates', () => expect(normaliseDate('2026年2月30日')).toBeNull());
  it('finds every date in a period', () => expect(allDates('自2026年2月1日至2027年2月1日止')).toEqual(['2026-02-01', '2027-02-01']));
});
