// A fresh, migrated embedded database without paying for initdb every time: PGlite's initdb and
// the migrations cost ~5 s on an idle 2-core machine and ~14 s on a busy one, which a spec that
// seeds a center of its own (holiday-mix.cli.ts) would pay on every run. The first run keeps a
// tarball of a migrated empty cluster under the system's temp dir, named by a hash of every
// migration and of the PGlite build, so a new migration or another PGlite makes a new one; later
// runs unpack it into the new DATA_DIR (~3 s busy).
import { createHash } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../db/database';
import { loadMigrations, migrate } from '../db/migrate';

async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const m of await loadMigrations()) hash.update(`${m.name}\n${m.sql}\n`);
  // The resolved entry of the installed PGlite and its size and time: another version or build
  // (the data directory's format is its own) is another template.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const { size, mtimeMs } = await stat(entry);
  hash.update(`${entry}\n${size}\n${mtimeMs}`);
  return hash.digest('hex').slice(0, 16);
}

/** A migrated, empty PGlite cluster as a tarball of its data directory. */
export async function migratedPgliteDump(): Promise<Blob | File> {
  const blank = await openDatabase({ kind: 'pglite' });
  await migrate(blank);
  const dump = await blank.dumpDataDir!();
  await blank.close();
  return dump;
}

/** Opens `dataDir` (which must not exist yet or be empty) as a migrated, empty PGlite database. */
export async function openMigratedPglite(dataDir: string): Promise<Database> {
  const file = path.join(tmpdir(), `onetrip-pglite-template-${await templateKey()}.tar`);
  let template: Buffer;
  try {
    template = await readFile(file);
  } catch {
    template = Buffer.from(await (await migratedPgliteDump()).arrayBuffer());
    // Written aside and renamed: a run that reads it concurrently sees all of it or none.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, template);
    await rename(partial, file);
  }
  const database = await openDatabase({ kind: 'pglite', dataDir, loadDataDir: new Blob([template]) });
  // The template is current by its name; this is a no-op unless that rule was broken.
  await migrate(database);
  return database;
}
