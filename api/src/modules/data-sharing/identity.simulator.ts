// 公安 resident identity: does the person exist, and do name, sex and birth date agree with the
// ID number and the name the centre holds? Proves the applicant's ID card (both sides).
import type { Kysely } from 'kysely';
import { parseIdNumber } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import type { SharingAnswer, SharingSubject } from './sharing-adapter';
import { simulatedAdapter, type SimulatedNetwork } from './simulated-network';

export async function identityAnswer(db: Kysely<DB>, subject: SharingSubject): Promise<SharingAnswer> {
  const r = await db.selectFrom('agency_identity').selectAll().where('id_number', '=', subject.idNumber).executeTakeFirst();
  if (!r) return { found: false };
  // The ID number encodes birth date and sex; a registry row that disagrees is a mismatch.
  const parsed = parseIdNumber(r.id_number, '9999-12-31');
  const matchesIdNumber = parsed.ok && parsed.info.birthDate === r.birth_date && parsed.info.sex === r.sex;
  return {
    found: true,
    summary: {
      nameMatches: subject.name === undefined ? null : subject.name === r.name,
      sex: r.sex,
      birthDate: r.birth_date,
      matchesIdNumber,
      validUntil: r.valid_until,
    },
  };
}

export function identitySimulator(db: Kysely<DB>, network: SimulatedNetwork) {
  return simulatedAdapter('identity', network, (s) => identityAnswer(db, s));
}
