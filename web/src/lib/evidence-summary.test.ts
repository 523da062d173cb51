import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { evidenceLines } from './evidence-summary';

const LABELS: Record<string, string> = { 'x.fields.nameMatches': 'Name matches', 'x.values.yes': 'yes', 'x.values.female': 'female (worded)', 'x.values.none': 'none' };
const t = ((key: string, o?: { defaultValue?: string }) => LABELS[key] ?? o?.defaultValue ?? key) as unknown as TFunction;

describe('evidence summary lines', () => {
  it('labels known fields, words booleans and sex, and keeps unknown fields under their own name', () => {
    expect(evidenceLines({ nameMatches: true, sex: 'female', mortgages: [], somethingNew: 3, gone: null }, t, 'x')).toEqual([
      { label: 'Name matches', value: 'yes' },
      { label: 'sex', value: 'female (worded)' },
      { label: 'mortgages', value: 'none' },
      { label: 'somethingNew', value: '3' },
      { label: 'gone', value: '—' },
    ]);
  });
});
