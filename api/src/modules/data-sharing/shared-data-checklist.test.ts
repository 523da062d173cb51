import { describe, expect, it } from 'vitest';
import { decideChecklist, sourcesToAsk, type ChecklistAnswers } from './shared-data-checklist';
import { evidenceHash, evidenceIntact, sealEvidence, type SharingEvidence, type SourceResult } from './sharing-evidence';
import type { SharingSource } from '@onetrip/workflows';

const AT = '2026-11-20T02:00:00.000Z';
const q = (about: 'applicant' | 'spouse' = 'applicant') => ({ idNumber: '2301**********1234', about });
const ev = (source: SharingSource, summary: Record<string, unknown> | null, about: 'applicant' | 'spouse' = 'applicant'): SharingEvidence =>
  sealEvidence({ source, query: q(about), summary, at: AT });
const down = (source: SharingSource, unavailable: 'timeout' | 'error', about: 'applicant' | 'spouse' = 'applicant'): SourceResult => ({ source, query: q(about), unavailable, at: AT });

const IDENTITY = ev('identity', { nameMatches: true, sex: 'male', birthDate: '1990-03-15', matchesIdNumber: true, validUntil: null });
const MARRIED = ev('marriage', { status: 'married', spouseIdNumber: '2301**********5678', registeredOn: '2018-05-20' });
const NO_HOME = ev('property', { propertiesInCity: 0, properties: [] });
const SPOUSE_NO_HOME = ev('property', { propertiesInCity: 0, properties: [] }, 'spouse');
const RENT = { married: true, agent_applies: false, rent_above_cap: false, public_rental: false };

const status = (results: SourceResult[], answers: ChecklistAnswers = RENT, type: Parameters<typeof decideChecklist>[0] = 'withdrawal.rent') =>
  Object.fromEntries(decideChecklist(type, answers, results).map((i) => [i.materialId, i.because ? `${i.status}:${i.because.source}:${i.because.reason}` : i.status]));

describe('shared-data checklist', () => {
  it('asks only the sources that could prove an applicable material', () => {
    expect(sourcesToAsk('withdrawal.rent', RENT)).toEqual({ applicant: ['identity', 'marriage', 'property'], spouse: ['property'] });
    expect(sourcesToAsk('withdrawal.retirement', {})).toEqual({ applicant: ['identity', 'social_security'], spouse: [] });
    // Unmarried, no agent: marriage is still asked, the no-home proof reads it.
    expect(sourcesToAsk('withdrawal.rent', { ...RENT, married: false }).applicant).toContain('marriage');
  });

  it('waives everything proved for a married renter', () => {
    expect(status([IDENTITY, MARRIED, NO_HOME, SPOUSE_NO_HOME])).toEqual({
      id_card_front: 'waived', id_card_back: 'waived', agent_id_card: 'not_needed', no_home_proof: 'waived',
      marriage_certificate: 'waived', rental_contract: 'not_needed', public_rental_contract: 'not_needed',
    });
  });

  it('a divorce record proves no marriage certificate', () => {
    const divorced = ev('marriage', { status: 'divorced', spouseIdNumber: '2301**********5678', registeredOn: '2018-05-20' });
    expect(status([IDENTITY, divorced, NO_HOME]).marriage_certificate).toBe('required');
    // …but it settles the household for the no-home proof.
    expect(status([IDENTITY, divorced, NO_HOME]).no_home_proof).toBe('waived');
  });

  it('a home on record, or a spouse not checked, keeps the no-home proof', () => {
    expect(status([IDENTITY, MARRIED, ev('property', { propertiesInCity: 1, properties: [] }), SPOUSE_NO_HOME]).no_home_proof).toBe('required');
    expect(status([IDENTITY, MARRIED, NO_HOME]).no_home_proof).toBe('required');
  });

  it('names the source that did not answer', () => {
    const s = status([IDENTITY, MARRIED, down('property', 'timeout'), SPOUSE_NO_HOME]);
    expect(s.no_home_proof).toBe('required:property:timeout');
    expect(status([down('identity', 'error'), MARRIED, NO_HOME, SPOUSE_NO_HOME]).id_card_front).toBe('required:identity:error');
    expect(status([IDENTITY, down('marriage', 'error'), NO_HOME]).no_home_proof).toBe('required:marriage:error');
  });

  it('an unanswered condition stays "ask" unless evidence settles it', () => {
    const answers = { agent_applies: false, rent_above_cap: false, public_rental: false };
    expect(status([IDENTITY, MARRIED, NO_HOME, SPOUSE_NO_HOME], answers).marriage_certificate).toBe('waived');
    expect(status([IDENTITY, ev('marriage', null), NO_HOME], answers).marriage_certificate).toBe('ask');
    expect(status([IDENTITY, down('marriage', 'timeout'), NO_HOME], answers).marriage_certificate).toBe('ask:marriage:timeout');
  });

  it('identity proves the ID card only when it matches and is valid', () => {
    const mismatch = ev('identity', { nameMatches: false, sex: 'male', birthDate: '1990-03-15', matchesIdNumber: true, validUntil: null });
    const expired = ev('identity', { nameMatches: true, sex: 'male', birthDate: '1990-03-15', matchesIdNumber: true, validUntil: '2026-11-19' });
    expect(status([mismatch, MARRIED, NO_HOME, SPOUSE_NO_HOME]).id_card_front).toBe('required');
    expect(status([expired, MARRIED, NO_HOME, SPOUSE_NO_HOME]).id_card_front).toBe('required');
    expect(status([ev('identity', null), MARRIED, NO_HOME, SPOUSE_NO_HOME]).id_card_front).toBe('required');
  });

  it('the registry does not prove the contract of a home still being bought', () => {
    const oneHome = ev('property', { propertiesInCity: 1, properties: [{ address: 'x', registeredOn: '2024-06-01' }] });
    const loan = { married: false, agent_applies: false, resale_home: true };
    expect(status([IDENTITY, oneHome], loan, 'loan.purchase').purchase_contract).toBe('required');
    expect(status([IDENTITY, oneHome], { agent_applies: false, spouse_co_applies: false }, 'withdrawal.renovation').property_certificate).toBe('waived');
    const twoHomes = ev('property', { propertiesInCity: 2, properties: [] });
    expect(status([IDENTITY, twoHomes], { agent_applies: false, spouse_co_applies: false }, 'withdrawal.renovation').property_certificate).toBe('required');
  });

  it('entries are plain JSON', () => {
    const items = decideChecklist('withdrawal.rent', RENT, [IDENTITY, MARRIED, NO_HOME, SPOUSE_NO_HOME]);
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });
});

describe('sharing evidence', () => {
  it('the seal covers source, query, summary and time', () => {
    expect(evidenceIntact(MARRIED)).toBe(true);
    expect(MARRIED.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(evidenceHash({ ...MARRIED, at: '2026-11-20T02:00:01.000Z' })).not.toBe(MARRIED.hash);
    expect(evidenceIntact({ ...MARRIED, query: q('spouse') })).toBe(false);
    // Key order does not matter (jsonb reorders keys).
    const reordered = { hash: MARRIED.hash, at: MARRIED.at, summary: { registeredOn: '2018-05-20', status: 'married', spouseIdNumber: '2301**********5678' }, query: MARRIED.query, source: MARRIED.source };
    expect(evidenceIntact(reordered)).toBe(true);
  });
});
