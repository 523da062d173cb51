import { describe, expect, it } from 'vitest';
import { materialsOf } from './accept-materials';
import type { DraftPage } from './counter-types';

const sha = (c: string) => c.repeat(64);
const page = (localId: string, hash: string, kind: string, materialId: string | null, edited: Record<string, string> = {}, status: DraftPage['status'] = 'ready') =>
  ({
    localId,
    fileName: `${localId}.jpg`,
    status,
    materialId,
    confirmed: [],
    edited,
    page: {
      sha256: hash,
      originalSha256: sha('0'),
      width: 100,
      height: 100,
      blank: false,
      quality: [],
      classification: { kind: kind as never, confidence: 0.9 },
      fields: [{ key: 'cardNumber', value: '6217 0009 6107 4853 844', normalized: null, confidence: 72, box: { x: 1, y: 2, w: 3, h: 4 }, needsConfirmation: true }],
    },
  }) as DraftPage;

describe('materialsOf', () => {
  it('sends every read page under its material, in order, with the material’s kind and the clerk’s values', () => {
    const pages = [
      page('p1', sha('a'), 'other', 'bank_card', { cardNumber: ' 6217000961074853844 ' }),
      page('p2', sha('b'), 'bank_card', 'bank_card'),
      page('p3', sha('c'), 'bank_card', null),
      page('p4', sha('d'), 'bank_card', 'bank_card', {}, 'reading'),
    ];
    expect(materialsOf(pages)).toEqual([
      {
        materialId: 'bank_card',
        pages: [sha('a'), sha('b')],
        confirmed: [
          // Classified as "other", but the clerk put it under the bank card: it is a bank card.
          { sha256: sha('a'), kind: 'bank_card', fields: [{ key: 'cardNumber', value: '6217000961074853844' }] },
          { sha256: sha('b'), kind: 'bank_card', fields: [{ key: 'cardNumber', value: '6217 0009 6107 4853 844' }] },
        ],
      },
    ]);
  });

  it('keeps the classification’s kind for a material the catalogue does not know', () => {
    expect(materialsOf([page('p1', sha('a'), 'rental_contract', 'custom_material')])[0]!.confirmed[0]!.kind).toBe('rental_contract');
  });
});
