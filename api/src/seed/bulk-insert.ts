// Bulk loading for the seed: each batch travels as ONE json parameter expanded server-side by
// json_populate_recordset. Thousands of rows cost one bind instead of thousands of
// placeholders, which matters most on PGlite (every parameter crosses the WASM boundary).
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema';

const BATCH_ROWS = 5_000;

export async function insertRows(trx: Transaction<DB>, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = sql.join(Object.keys(rows[0]!).map((c) => sql.id(c)));
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = JSON.stringify(rows.slice(i, i + BATCH_ROWS));
    await sql`insert into ${sql.table(table)} (${columns})
      select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${batch}::json)`.execute(trx);
  }
}
