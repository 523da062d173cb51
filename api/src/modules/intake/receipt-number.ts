// 受理编号: SL + acceptance date + office + the office's running number that day, e.g.
// SL20261120NG0012 — short enough to read over the phone, unique per office and day.
import { sql, type QueryCreator, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * The receipt number as part of the statement that stores it: `db.with('receipt_seq', next)`
 * takes the office's next running number for the day (one row per office and day, incremented
 * under its row lock), and `receiptNo` formats it — no separate round trip for the number.
 */
export function receiptNumbering(officeId: string, day: string) {
  const office = officeId.split('-').at(-1) ?? officeId;
  const next = (db: QueryCreator<DB>) =>
    db
      .insertInto('receipt_sequences')
      .values({ day, office_id: officeId, last: 1 })
      .onConflict((oc) => oc.columns(['day', 'office_id']).doUpdateSet((eb) => ({ last: eb('receipt_sequences.last', '+', 1) })))
      .returning('last');
  const receiptNo: RawBuilder<string> = sql<string>`(select ${`SL${day.replaceAll('-', '')}${office}`} || lpad(last::text, 4, '0') from receipt_seq)`;
  return { next, receiptNo };
}
