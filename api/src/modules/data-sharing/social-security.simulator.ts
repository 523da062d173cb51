// 人社 social security: whether the pension has started and since when. Proves the retirement
// certificate.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SharingAnswer, SharingSubject } from './sharing-adapter';
import { simulatedAdapter, type SimulatedNetwork } from './simulated-network';

export async function socialSecurityAnswer(db: Kysely<DB>, subject: SharingSubject): Promise<SharingAnswer> {
  const r = await db.selectFrom('agency_social_security').selectAll().where('id_number', '=', subject.idNumber).executeTakeFirst();
  if (!r) return { found: false };
  return { found: true, summary: { retired: r.retired, retiredOn: r.retired_on, insuredSince: r.insured_since } };
}

export function socialSecuritySimulator(db: Kysely<DB>, network: SimulatedNetwork) {
  return simulatedAdapter('social_security', network, (s) => socialSecurityAnswer(db, s));
}
