// 民政 marriage registry: the person's latest registration. Only a current marriage proves the
// marriage certificate; the spouse's full ID goes out as a link (for the household-wide
// property check), the evidence keeps it masked.
import type { Kysely } from 'kysely';
import { maskIdNumber } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import type { SharingAnswer, SharingSubject } from './sharing-adapter';
import { simulatedAdapter, type SimulatedNetwork } from './simulated-network';

export async function marriageAnswer(db: Kysely<DB>, subject: SharingSubject): Promise<SharingAnswer> {
  const r = await db
    .selectFrom('agency_marriage')
    .selectAll()
    .where((eb) => eb.or([eb('id_number_a', '=', subject.idNumber), eb('id_number_b', '=', subject.idNumber)]))
    .orderBy('registered_on', 'desc')
    .orderBy('certificate_no', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return { found: false };
  const spouse = r.id_number_a === subject.idNumber ? r.id_number_b : r.id_number_a;
  return {
    found: true,
    summary: { status: r.status, spouseIdNumber: maskIdNumber(spouse), registeredOn: r.registered_on },
    ...(r.status === 'married' ? { links: { spouseIdNumber: spouse } } : {}),
  };
}

export function marriageSimulator(db: Kysely<DB>, network: SimulatedNetwork) {
  return simulatedAdapter('marriage', network, (s) => marriageAnswer(db, s));
}
