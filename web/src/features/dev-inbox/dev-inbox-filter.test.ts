import { describe, expect, it } from 'vitest';
import { readMobileFilter } from './dev-inbox-filter';

describe('readMobileFilter', () => {
  it('filters nothing when empty', () => {
    expect(readMobileFilter('  ')).toEqual({ ok: true, mobile: undefined });
  });

  it('normalises a number the way the API stores recipients', () => {
    expect(readMobileFilter('+86 138-0000-0000')).toEqual({ ok: true, mobile: '13800000000' });
  });

  it('names a number that cannot be a mainland mobile', () => {
    expect(readMobileFilter('0451-8888')).toEqual({ ok: false, error: 'errors.mobile.format' });
  });
});
