import { describe, expect, it } from 'vitest';
import type { ChecklistLine, DraftPage } from './counter-types';
import { missingLines, mismatches, readiness, suggestMaterial } from './draft-rules';

const line = (materialId: string, ocrKind: string, status: string) => ({ materialId, ocrKind, status, name: { zh: materialId, en: materialId } }) as unknown as ChecklistLine;
const page = (localId: string, kind: string, materialId: string | null, fields: { key: string; value: string; needsConfirmation?: boolean }[] = []): DraftPage => ({
  localId,
  fileName: `${localId}.jpg`,
  status: 'ready',
  materialId,
  confirmed: [],
  edited: {},
  page: {
    sha256: 'a'.repeat(64),
    originalSha256: 'b'.repeat(64),
    width: 100,
    height: 100,
    blank: false,
    quality: [],
    classification: { kind: kind as never, confidence: 0.9 },
    fields: fields.map((f) => ({ normalized: null, confidence: 90, box: { x: 0, y: 0, w: 1, h: 1 }, needsConfirmation: false, ...f })),
  },
});
const lines = [line('id_card_front', 'id_card_front', 'waived'), line('bank_card', 'bank_card', 'required'), line('rental_contract', 'rental_contract', 'ask')];

describe('counter draft rules', () => {
  it('suggests the open line of the page kind, never a waived one', () => {
    expect(suggestMaterial('bank_card', lines, [])).toBe('bank_card');
    expect(suggestMaterial('id_card_front', lines, [])).toBeNull();
  });

  it('lists required and unanswered lines without a read page as missing', () => {
    expect(missingLines(lines, [page('p1', 'bank_card', 'bank_card')]).map((l) => l.materialId)).toEqual(['rental_contract']);
  });

  it('is ready only when nothing is missing and every uncertain field is confirmed', () => {
    const uncertain = page('p1', 'bank_card', 'bank_card', [{ key: 'cardNumber', value: '6222', needsConfirmation: true }]);
    const two = [line('bank_card', 'bank_card', 'required')];
    expect(readiness(two, [uncertain], true, true)).toMatchObject({ ready: false, unconfirmed: 1 });
    expect(readiness(two, [{ ...uncertain, confirmed: ['cardNumber'] }], true, true).ready).toBe(true);
    expect(readiness(two, [{ ...uncertain, confirmed: ['cardNumber'] }], true, false).ready).toBe(false);
  });

  it('flags an ID card of someone else and a card not on file', () => {
    const applicant = { name: '刘晓明', bankCards: [{ cardMasked: '6222 **** **** 1234', bankId: 'ICBC', bankName: '工商银行', bankEn: 'ICBC', joint: true }] };
    const id = page('p1', 'id_card_front', null, [{ key: 'name', value: '杨海燕' }, { key: 'idNumber', value: '230103199003150310' }]);
    expect(mismatches(id, applicant, '230103199003150310')).toEqual([{ key: 'name', kind: 'name' }]);
    expect(mismatches(page('p2', 'bank_card', null, [{ key: 'cardNumber', value: '6222 0000 0000 1234' }]), applicant, '')).toEqual([]);
    expect(mismatches(page('p3', 'bank_card', null, [{ key: 'cardNumber', value: '6228 0000 0000 9999' }]), applicant, '')).toEqual([{ key: 'cardNumber', kind: 'card_not_on_file' }]);
  });
});
