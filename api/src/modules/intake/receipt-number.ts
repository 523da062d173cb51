// 受理编号: SL + acceptance date + office + the office's running number that day, e.g.
// SL20261120NG0012 — short enough to read over the phone, unique per office and day.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';

export async function nextReceiptNo(trx: Transaction<DB>, officeId: string, day: string): Promise<string> {
  const row = await trx
    .insertInto('receipt_sequences')
    .values({ day, office_id: officeId, last: 1 })
    .onConflict((oc) => oc.columns(['day', 'office_id']).doUpdateSet((eb) => ({ last: eb('receipt_sequences.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  const office = officeId.split('-').at(-1) ?? officeId;
  return `SL${day.replaceAll('-', '')}${office}${String(row.last).padStart(4, '0')}`;
}
