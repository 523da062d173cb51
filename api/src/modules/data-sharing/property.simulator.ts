// 不动产 registry of the city: the homes registered to the person. The registry always answers
// (none is an answer), so this source never reports "not found".
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SharingAnswer, SharingSubject } from './sharing-adapter';
import { simulatedAdapter, type SimulatedNetwork } from './simulated-network';

export async function propertyAnswer(db: Kysely<DB>, subject: SharingSubject): Promise<SharingAnswer> {
  const rows = await db
    .selectFrom('agency_property')
    .select(['address', 'registered_on'])
    .where('owner_id_number', '=', subject.idNumber)
    .orderBy('registered_on')
    .orderBy('certificate_no')
    .execute();
  return {
    found: true,
    summary: { propertiesInCity: rows.length, properties: rows.map((r) => ({ address: r.address, registeredOn: r.registered_on })) },
  };
}

export function propertySimulator(db: Kysely<DB>, network: SimulatedNetwork) {
  return simulatedAdapter('property', network, (s) => propertyAnswer(db, s));
}
