import { describe, expect, it } from 'vitest';
import { readProgressForm, receiptFromSearch } from './progress-form';

describe('readProgressForm', () => {
  it('sends the receipt and the last four characters as the API expects them', () => {
    expect(readProgressForm({ receiptNo: ' sl20261120dl0001 ', idLast4: '001x' })).toEqual({ ok: true, query: { receiptNo: 'SL20261120DL0001', idLast4: '001X' } });
  });

  it('names each wrong field with its translation key and sends nothing', () => {
    expect(readProgressForm({ receiptNo: 'x', idLast4: '12' })).toEqual({ ok: false, errors: { receiptNo: 'errors.receipt_no.invalid', idLast4: 'errors.id_last4.invalid' } });
    expect(readProgressForm({ receiptNo: 'SL20261120DL0001', idLast4: 'X123' })).toEqual({ ok: false, errors: { idLast4: 'errors.id_last4.invalid' } });
    expect(readProgressForm({ receiptNo: '', idLast4: '' })).toEqual({ ok: false, errors: { receiptNo: 'errors.receipt_no.invalid', idLast4: 'errors.id_last4.invalid' } });
  });

  it.each([
    ['0015', true],
    ['001X', true],
    [' 001x ', true],
    ['00X1', false],
    ['01', false],
    ['00155', false],
    ['００１５', false],
  ])('takes %j as the last four: %s', (idLast4, ok) => {
    expect(readProgressForm({ receiptNo: 'SL20261120DL0001', idLast4 }).ok).toBe(ok);
  });
});

describe('receiptFromSearch', () => {
  it('reads the receipt a QR code put in the address', () => {
    expect(receiptFromSearch('?receipt=SL20261120DL0001')).toBe('SL20261120DL0001');
    expect(receiptFromSearch('')).toBe('');
    expect(receiptFromSearch(`?receipt=${'A'.repeat(100)}`)).toHaveLength(32);
  });
});
