import { describe, expect, it } from 'vitest';
import { harbinPolicy, slaWorkingDaysAt } from '../policy/index';
import { BUSINESS_TYPE_CODES } from './business-type-codes';
import { CATALOGUE, businessType, businessTypesIn, findBusinessType } from './business-types';
import { checklistFor, materialsToCollect } from './checklist';

describe('catalogue', () => {
  it('has exactly one entry per stable code', () => {
    expect(CATALOGUE.map((t) => t.code).sort()).toEqual([...BUSINESS_TYPE_CODES].sort());
  });

  it.each(CATALOGUE.map((t) => [t.code, t] as const))('%s is complete data', (_code, t) => {
    expect(t.name.zh).not.toBe('');
    expect(t.name.en).not.toBe('');
    expect(t.channels.length).toBeGreaterThan(0);
    expect(t.eligibilityRules.length).toBeGreaterThan(0);
    expect(t.slaWorkingDays).toBeGreaterThan(0);
    expect(t.guide.steps.length).toBeGreaterThan(0);
    // A fully online business cannot need the counter.
    if (t.fullyOnline) expect(t.channels).toContain('online');
    // Material ids are unique inside a business type: the checklist keys on them.
    const ids = t.materials.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(t.code.startsWith(`${t.category}.`)).toBe(true);
  });

  it('routes loans through 初审 → 复审 → 审批 and rent through one review', () => {
    expect(businessType('loan.purchase').review.steps).toEqual(['review_1', 'review_2', 'approval']);
    expect(businessType('withdrawal.rent').review.steps).toEqual(['review_1']);
    expect(businessType('withdrawal.rent').statisticalCode).toEqual({ list: 'withdrawal_reason', code: '07' });
  });

  it('keeps the statutory SLA defaults in line with the policy fallbacks', () => {
    for (const t of businessTypesIn('withdrawal')) {
      expect(t.slaWorkingDays).toBe(slaWorkingDaysAt(harbinPolicy, '2026-11-22', t.code, 'withdrawal'));
    }
    expect(businessType('loan.purchase').slaWorkingDays).toBe(slaWorkingDaysAt(harbinPolicy, '2026-11-22', 'loan.purchase', 'loan'));
  });

  it('finds nothing for an unknown code and throws a domain error on the typed look-up', () => {
    expect(findBusinessType('withdrawal.lottery')).toBeUndefined();
    expect(() => businessType('withdrawal.lottery' as never)).toThrow('catalogue.unknown_business_type');
  });
});

describe('checklistFor', () => {
  const statusOf = (code: Parameters<typeof checklistFor>[0], facts: Parameters<typeof checklistFor>[1]) =>
    Object.fromEntries(checklistFor(code, facts).items.map((i) => [i.material.id, i.status]));

  it('leaves conditional materials as questions when nothing is known', () => {
    expect(statusOf('withdrawal.rent', {})).toEqual({
      id_card_front: 'needed',
      id_card_back: 'needed',
      agent_id_card: 'ask',
      no_home_proof: 'needed',
      marriage_certificate: 'ask',
      rental_contract: 'ask',
      public_rental_contract: 'ask',
    });
  });

  it('resolves conditions from answers and waives what shared data proved', () => {
    const list = checklistFor('withdrawal.rent', {
      answers: { agent_applies: false, married: true, rent_above_cap: true, public_rental: false },
      evidence: ['identity', 'marriage', 'property'],
    });
    expect(Object.fromEntries(list.items.map((i) => [i.material.id, i.status]))).toEqual({
      id_card_front: 'waived',
      id_card_back: 'waived',
      agent_id_card: 'not_needed',
      no_home_proof: 'waived',
      marriage_certificate: 'waived',
      rental_contract: 'needed',
      public_rental_contract: 'not_needed',
    });
    expect(list.items.find((i) => i.material.id === 'marriage_certificate')?.waivedBy).toBe('marriage');
    expect(materialsToCollect(list).map((i) => i.material.id)).toEqual(['rental_contract']);
  });

  it('does not waive a material whose condition does not apply, and never waives without evidence', () => {
    const s = statusOf('withdrawal.purchase_full', { answers: { spouse_co_applies: false }, evidence: ['marriage'] });
    expect(s.marriage_certificate).toBe('not_needed');
    expect(statusOf('withdrawal.serious_illness', { evidence: ['property'] }).discharge_summary).toBe('needed');
  });

  it('swaps hukou papers for a passport for foreign nationals settling abroad', () => {
    const s = statusOf('withdrawal.settle_abroad', { answers: { foreign_national: true, agent_applies: false } });
    expect(s).toMatchObject({ passport: 'needed', termination_proof: 'needed', hukou_cancellation: 'not_needed' });
  });

  it('turns a commercial-loan contract into no paper when the credit report answered (商转公)', () => {
    const s = statusOf('loan.commercial_conversion', { evidence: ['credit', 'property', 'identity', 'household'] });
    expect(s).toMatchObject({ loan_contract_commercial: 'waived', repayment_statement: 'waived', property_certificate: 'waived', hukou_booklet: 'waived', bank_opinion_letter: 'needed' });
  });
});
