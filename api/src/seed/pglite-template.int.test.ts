// The kept PGlite template: two data dirs opened from it are each fully migrated and independent,
// and they persist like any other.
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { pendingMigrations } from '../db/migrate';
import { openMigratedPglite } from './pglite-template';

describe('openMigratedPglite', () => {
  it('opens new data dirs from one migrated template, each its own database', async () => {
    const dirs = [0, 1].map(() => path.join(mkdtempSync(path.join(os.tmpdir(), 'onetrip-template-')), 'pgdata'));
    const first = await openMigratedPglite(dirs[0]!);
    const second = await openMigratedPglite(dirs[1]!);
    try {
      expect(await pendingMigrations(first.db)).toEqual([]);
      expect(await pendingMigrations(second.db)).toEqual([]);
      await first.db.insertInto('offices').values({ id: 'T-1', name_zh: '测试', name_en: 'Test', district: '测试区', address: '测试路 1 号' }).execute();
      expect(await second.db.selectFrom('offices').select('id').execute()).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
    expect(readdirSync(os.tmpdir()).filter((f) => f.startsWith('onetrip-pglite-template-') && f.endsWith('.tar')).length).toBeGreaterThan(0);
    const reopened = await openDatabase({ kind: 'pglite', dataDir: dirs[0]! });
    expect(await reopened.db.selectFrom('offices').select('id').execute()).toEqual([{ id: 'T-1' }]);
    await reopened.close();
  });
});
