import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldMismatches, normaliseForComparison, type PageField, type RecordFacts } from './field-mismatches';

const RECORDS: RecordFacts = {
  applicant: { name: '杨海燕', idNumber: '34010419601116496X' },
  bankCards: ['6222020200112233445'],
  spouse: { name: '孙建国', idNumber: '340104195803120017' },
};
const page = (n: number) => String(n).repeat(64).slice(0, 64);
const f = (materialId: string, kind: string, key: string, ocrValue: string | null, confirmedValue: string | null = null, sha = page(1)): PageField => ({ materialId, pageSha256: sha, kind, key, ocrValue, confirmedValue });

const ID_NAME = f('id_card_front', 'id_card_front', 'name', '杨海燕');
const ID_NUMBER = f('id_card_front', 'id_card_front', 'idNumber', '34010419601116496X');
const CARD = f('bank_card', 'bank_card', 'cardNumber', '6222 0202 0011 2233 445', null, page(2));
const MARRIAGE = [
  f('marriage_certificate', 'marriage_certificate', 'name1', '孙建国', null, page(3)),
  f('marriage_certificate', 'marriage_certificate', 'name2', '杨海燕', null, page(3)),
  f('marriage_certificate', 'marriage_certificate', 'idNumber1', '340104195803120017', null, page(3)),
  f('marriage_certificate', 'marriage_certificate', 'idNumber2', '34010419601116496x', null, page(3)),
];
const AGREEING = [ID_NAME, ID_NUMBER, CARD, ...MARRIAGE];

describe('fieldMismatches', () => {
  it('finds nothing when every page agrees with the records and with each other', () => {
    expect(fieldMismatches(AGREEING, RECORDS)).toEqual([]);
  });

  it('flags a bank card that is not on file, with the cards that are', () => {
    const other = { ...CARD, ocrValue: '6222020200112233999' };
    expect(fieldMismatches([ID_NAME, other], RECORDS)).toEqual([
      { code: 'card_not_on_file', attribute: 'cardNumber', field: { materialId: 'bank_card', pageSha256: page(2), key: 'cardNumber' }, value: '6222020200112233999', source: 'ocr', expected: ['6222020200112233445'], against: { record: 'bank_cards' } },
    ]);
  });

  it('compares the clerk’s confirmed value when there is one, else what OCR read', () => {
    const corrected = { ...ID_NAME, ocrValue: '杨海蒸', confirmedValue: '杨海燕' };
    expect(fieldMismatches([corrected], RECORDS)).toEqual([]);
    const miscorrected = { ...ID_NAME, ocrValue: '杨海燕', confirmedValue: '杨海艳' };
    expect(fieldMismatches([miscorrected], RECORDS)).toMatchObject([{ code: 'differs_from_record', attribute: 'name', value: '杨海艳', source: 'confirmed', expected: ['杨海燕'], against: { record: 'applicant' } }]);
  });

  it('flags an ID number and name that differ from the person on record', () => {
    const found = fieldMismatches([{ ...ID_NAME, ocrValue: '杨海' }, { ...ID_NUMBER, ocrValue: '340104196011164964' }], RECORDS);
    expect(found.map((m) => [m.code, m.field.key])).toEqual([['differs_from_record', 'name'], ['differs_from_record', 'idNumber']]);
  });

  it('checks the spouse’s ID card against the registered spouse', () => {
    const spouseName = f('spouse_id_card', 'id_card_front', 'name', '孙建军', null, page(4));
    expect(fieldMismatches([spouseName], RECORDS)).toMatchObject([{ code: 'differs_from_record', against: { record: 'spouse' }, expected: ['孙建国'] }]);
  });

  it('flags a marriage certificate that does not name the person on the ID card, across materials', () => {
    const noSpouse: RecordFacts = { ...RECORDS, spouse: null };
    const strangers = MARRIAGE.map((m) => (m.key === 'name2' ? { ...m, ocrValue: '李明' } : m));
    const found = fieldMismatches([ID_NAME, ...strangers], noSpouse);
    expect(found).toEqual([
      { code: 'differs_from_record', attribute: 'name', field: { materialId: 'marriage_certificate', pageSha256: page(3), key: 'name1' }, value: '孙建国', source: 'ocr', expected: ['杨海燕'], against: { record: 'applicant' } },
      { code: 'differs_between_materials', attribute: 'name', field: { materialId: 'marriage_certificate', pageSha256: page(3), key: 'name1' }, value: '孙建国', source: 'ocr', expected: ['杨海燕'], against: { field: { materialId: 'id_card_front', pageSha256: page(1), key: 'name' } } },
    ]);
    // With the spouse registered, the stranger's name also disagrees with the records.
    expect(fieldMismatches([ID_NAME, ...strangers], RECORDS).map((m) => [m.code, m.field.key])).toEqual([['differs_from_record', 'name2'], ['differs_between_materials', 'name1']]);
  });

  it('without a registered spouse, a marriage certificate must still name the applicant', () => {
    const noSpouse: RecordFacts = { ...RECORDS, spouse: null };
    expect(fieldMismatches(MARRIAGE, noSpouse)).toEqual([]);
    const strangers = MARRIAGE.map((m) => ({ ...m, ocrValue: m.key.startsWith('name') ? `${m.key}张三` : `11010519491231002${m.key.slice(-1)}` }));
    expect(fieldMismatches(strangers, noSpouse).map((m) => [m.code, m.field.key, m.expected])).toEqual([
      ['differs_from_record', 'name1', ['杨海燕']],
      ['differs_from_record', 'idNumber1', ['34010419601116496X']],
    ]);
  });

  it('flags the same person’s name read differently on two ID-card pages', () => {
    const second = f('id_card_front', 'id_card_front', 'name', '杨海艳', null, page(5));
    expect(fieldMismatches([ID_NAME, second], { ...RECORDS, applicant: { ...RECORDS.applicant, name: '杨海燕' } }).map((m) => m.code)).toEqual(['differs_from_record', 'differs_between_materials']);
  });

  it('ignores fields it has nothing to compare with and empty readings', () => {
    expect(fieldMismatches([f('rental_contract', 'rental_contract', 'address', '哈尔滨市'), { ...ID_NAME, ocrValue: null }, { ...ID_NAME, ocrValue: '  ' }], RECORDS)).toEqual([]);
  });

  it('normalises whitespace, full-width forms and case', () => {
    expect(normaliseForComparison(' ３４０１０４ １９６０１１１６４９６ｘ ', 'idNumber')).toBe('34010419601116496X');
    expect(normaliseForComparison('6222-0202 0011', 'cardNumber')).toBe('622202020011');
    expect(normaliseForComparison('杨 海燕', 'name')).toBe('杨海燕');
  });
});

/** Ways a page can print the same value: spaces anywhere, full-width digits and letters, any case. */
const restyled = (value: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: value.length, maxLength: value.length }), fc.array(fc.constantFrom('', ' ', '\u3000'), { minLength: value.length, maxLength: value.length }), fc.boolean()).map(([wide, gaps, lower]) =>
    [...value].map((c, i) => `${gaps[i]}${wide[i] && /[0-9A-Z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c}`).join('')[lower ? 'toLowerCase' : 'toString'](),
  );

describe('fieldMismatches properties', () => {
  it('a value that only differs in spacing, width or case is never a mismatch', () => {
    fc.assert(
      fc.property(restyled(RECORDS.applicant.idNumber), restyled(RECORDS.bankCards[0]!), restyled(RECORDS.applicant.name), (id, card, name) =>
        fieldMismatches([{ ...ID_NUMBER, ocrValue: id }, { ...CARD, confirmedValue: card }, { ...ID_NAME, ocrValue: name }, ...MARRIAGE], RECORDS).length === 0,
      ),
    );
  });

  it('any other card number is reported as not on file, exactly once', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16,19}$/), (digits) => {
        fc.pre(digits !== RECORDS.bankCards[0]);
        const found = fieldMismatches([...AGREEING.filter((x) => x !== CARD), { ...CARD, ocrValue: digits }], RECORDS);
        return found.length === 1 && found[0]!.code === 'card_not_on_file' && found[0]!.value === digits;
      }),
    );
  });

  it('the findings do not depend on the order the pages come in', () => {
    const fields = [...AGREEING.map((x) => (x.key === 'name2' ? { ...x, ocrValue: '李明' } : x)), { ...CARD, ocrValue: '6222020200112233999' }];
    const key = (m: { code: string; field: { pageSha256: string; key: string } }) => `${m.code}:${m.field.pageSha256}:${m.field.key}`;
    const expected = fieldMismatches(fields, RECORDS).map(key).sort();
    fc.assert(fc.property(fc.shuffledSubarray(fields, { minLength: fields.length, maxLength: fields.length }), (shuffled) => {
      expect(fieldMismatches(shuffled, RECORDS).map(key).sort()).toEqual(expected);
    }));
  });
});
