// A write whose result nobody reads before the commit can wait for the transaction's closing
// statement, where the audit module's WriteBatch runs it beside the audit rows: one round trip
// fewer per write, and the same all-or-nothing (it is still inside the transaction).
import type { OperationNodeSource } from 'kysely';

export interface DeferredWrites {
  write(write: { statement: OperationNodeSource }): void;
}

/** Runs `statement` now, or hands it to `batch` for the transaction's closing statement. */
export async function writeNowOrDeferred(statement: OperationNodeSource & { execute(): Promise<unknown> }, batch?: DeferredWrites): Promise<void> {
  if (batch) batch.write({ statement });
  else await statement.execute();
}
