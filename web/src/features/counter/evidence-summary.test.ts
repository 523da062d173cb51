import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { evidenceLines } from './evidence-summary';

const t = ((key: string, o?: { defaultValue?: string }) => (key.startsWith('counter.evidence.fields.nameMatches') ? 'Name matches' : key === 'counter.evidence.yes' ? 'yes' : (o?.defaultValue ?? key))) as unknown as TFunction;

describe('evidence summary lines', () => {
  it('labels known fields, words booleans and keeps unknown fields under their own name', () => {
    expect(evidenceLines({ nameMatches: true, somethingNew: 3, gone: null }, t)).toEqual([
      { label: 'Name matches', value: 'yes' },
      { label: 'somethingNew', value: '3' },
      { label: 'gone', value: '—' },
    ]);
  });
});
