import { describe, expect, it } from 'vitest';
import { contentOps } from './pdf-content-ops';

const ops = (s: string) => [...contentOps(Buffer.from(s, 'latin1'))].map((o) => [o.operator, o.operands.map((x) => (x.kind === 'other' ? '?' : x.value))]);

describe('contentOps', () => {
  it('reads operators with their number and name operands', () => {
    expect(ops('q 595.28 0 0 -84.2 0 841.89 cm /Im#31 Do Q')).toEqual([
      ['q', []],
      ['cm', [595.28, 0, 0, -84.2, 0, 841.89]],
      ['Do', ['Im1']],
      ['Q', []],
    ]);
  });

  it('skips strings, arrays, dictionaries and comments as opaque operands', () => {
    expect(ops('BT (a \\) Do (nested) q) Tj ET [1 (x) 2] 0 d % 1 0 0 1 0 0 cm\n/P <</MCID 0>> BDC <48656c6c6f> Tj .5 -3. 0 0 1 2 cm')).toEqual([
      ['BT', []],
      ['Tj', ['?']],
      ['ET', []],
      ['d', [1, '?', 2, '?', 0]],
      ['BDC', ['P', 'MCID', 0, '?']],
      ['Tj', ['?']],
      ['cm', [0.5, -3, 0, 0, 1, 2]],
    ]);
  });

  it('stops at an inline image, whose binary data it cannot lex', () => {
    expect(ops('q BI /W 1 /H 1 ID \u00ff) EI Q').map(([op]) => op)).toEqual(['q', 'BI']);
  });
});
