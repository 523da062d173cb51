// 公安 household register (户籍): where the hukou is and whether it moved out of the city.
// Proves the hukou booklet and the move-out proof.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SharingAnswer, SharingSubject } from './sharing-adapter';
import { simulatedAdapter, type SimulatedNetwork } from './simulated-network';

export async function householdAnswer(db: Kysely<DB>, subject: SharingSubject): Promise<SharingAnswer> {
  const r = await db.selectFrom('agency_household').selectAll().where('id_number', '=', subject.idNumber).executeTakeFirst();
  if (!r) return { found: false };
  return { found: true, summary: { hukouAreaCode: r.area_code, movedOutOn: r.moved_out_on } };
}

export function householdSimulator(db: Kysely<DB>, network: SimulatedNetwork) {
  return simulatedAdapter('household', network, (s) => householdAnswer(db, s));
}
