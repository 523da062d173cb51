import { describe, expect, it } from 'vitest';
import { mismatchesOf, readPagesOf, recordValueOf, type FieldMismatch, type Records } from './page-fields';

const sha = (c: string) => c.repeat(64);
const records: Records = { applicant: { name: '刘晓明', idNumber: '230103199003159315' }, bankCards: ['6222 **** **** 3445', '6217 **** **** 5678'], spouse: { name: '王丽', idNumber: '230102199110089467' } };
const field = { key: 'cardNumber', ocrValue: '6217000961074853844', confirmedValue: '6217000961074853844', corrected: false, confidence: 91, needsConfirmation: false, box: { x: 10, y: 20, w: 300, h: 40 } };

describe('readPagesOf', () => {
  it('takes the stored readings, with their size and fields, in the materials’ order', () => {
    const pages = readPagesOf({ form: {}, pages: { materials: [{ materialId: 'bank_card', pages: [{ sha256: sha('a'), kind: 'bank_card', width: 1200, height: 760, fields: [field] }] }], records, mismatches: [] } });
    expect(pages).toEqual([{ sha256: sha('a'), materialId: 'bank_card', size: { width: 1200, height: 760 }, kind: 'bank_card', fields: [field] }]);
  });

  it('falls back to the hashes in the form for an application accepted before readings were stored', () => {
    const form = { materials: [{ materialId: 'rental_contract', pages: [sha('b'), 42] }, { materialId: 7 }] };
    expect(readPagesOf({ form, pages: { materials: [], records, mismatches: [] } })).toEqual([{ sha256: sha('b'), materialId: 'rental_contract', size: null, kind: null, fields: [] }]);
  });
});

describe('recordValueOf', () => {
  it('names the record a field is compared with: the applicant, the spouse on a spouse’s card, the cards on file, the couple', () => {
    const read = (key: string, value = '') => ({ key, ocrValue: value, confirmedValue: null });
    expect(recordValueOf({ materialId: 'id_card_front', kind: 'id_card_front' }, read('name'), records, '、')).toBe('刘晓明');
    expect(recordValueOf({ materialId: 'spouse_id_card', kind: 'id_card_front' }, read('idNumber'), records, '、')).toBe('230102199110089467');
    expect(recordValueOf({ materialId: 'bank_card', kind: 'bank_card' }, read('cardNumber'), records, '、')).toBe('6222 **** **** 3445、6217 **** **** 5678');
    expect(recordValueOf({ materialId: 'marriage_certificate', kind: 'marriage_certificate' }, read('name2'), records, '、')).toBe('刘晓明 / 王丽');
    expect(recordValueOf({ materialId: 'id_card_front', kind: 'id_card_front' }, read('address'), records, '、')).toBeNull();
    expect(recordValueOf({ materialId: 'bank_card', kind: 'bank_card' }, read('cardNumber'), { ...records, bankCards: [] }, '、')).toBeNull();
  });

  it('without a registered spouse, compares a certificate’s party only when it is the applicant', () => {
    const single = { ...records, spouse: null };
    const certificate = { materialId: 'marriage_certificate', kind: 'marriage_certificate' };
    expect(recordValueOf(certificate, { key: 'name1', ocrValue: '刘 晓明', confirmedValue: null }, single, '、')).toBe('刘晓明');
    expect(recordValueOf(certificate, { key: 'name2', ocrValue: '王丽', confirmedValue: null }, single, '、')).toBeNull();
  });
});

describe('mismatchesOf', () => {
  it('finds the findings of one field on one page only', () => {
    const m: FieldMismatch = { code: 'card_not_on_file', attribute: 'cardNumber', field: { materialId: 'bank_card', pageSha256: sha('a'), key: 'cardNumber' }, value: '6217000961074853844', source: 'confirmed', expected: records.bankCards, against: { record: 'bank_cards' } };
    expect(mismatchesOf([m], { pageSha256: sha('a'), key: 'cardNumber' })).toEqual([m]);
    expect(mismatchesOf([m], { pageSha256: sha('b'), key: 'cardNumber' })).toEqual([]);
  });
});
