import { describe, expect, it } from 'vitest';
import type { SharingSource } from '@onetrip/workflows';
import { sealEvidence, type SourceResult } from '../data-sharing/sharing-evidence';
import { agencyFacts } from './agency-facts';

const ev = (source: SharingSource, summary: Record<string, unknown> | null, about: 'applicant' | 'spouse' = 'applicant'): SourceResult =>
  sealEvidence({ source, query: { idNumber: '2301**********1234', about }, summary, at: '2026-11-20T02:00:00.000Z' });

describe('agency facts from evidence', () => {
  it('counts the household’s homes and reads hukou, pension and mortgages', () => {
    const f = agencyFacts(
      [
        ev('marriage', { status: 'married' }),
        ev('property', { propertiesInCity: 0 }),
        ev('property', { propertiesInCity: 1 }, 'spouse'),
        ev('household', { hukouAreaCode: '230103', movedOutOn: '2026-03-10' }),
        ev('social_security', { retired: true }),
        ev('credit', { activeCommercialMortgages: [{ outstandingFen: 41_000_000 }] }),
      ],
      0,
    );
    expect(f.household).toMatchObject({ married: true, homesInCity: 1, hukouInCity: false });
    expect(f.employment.retired).toBe(true);
    expect(f.commercialLoan).toEqual({ balanceFen: 41_000_000, repaidLast12MonthsFen: 0, performing: true });
    expect(f.unverified).toEqual(['household.hukouCancelledForAbroad', 'employment.contributesElsewhere']);
  });

  it('no household record means the hukou is not in the city', () => {
    expect(agencyFacts([ev('household', null)], 0).household.hukouInCity).toBe(false);
  });

  it('falls back, and says so, for sources that did not answer', () => {
    const f = agencyFacts([{ source: 'property', query: { idNumber: '2301**********1234', about: 'applicant' }, unavailable: 'timeout', at: '2026-11-20T02:00:00.000Z' }], 2);
    expect(f.household.homesInCity).toBe(2);
    expect(f.unverified).toContain('household.homesInCity');
    expect(f.commercialLoan).toBeUndefined();
  });
});
