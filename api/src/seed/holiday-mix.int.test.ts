// The National Day mix on both databases: the seeding files exactly the board it promises, and the
// count from the tables (holiday-mix.count.ts) — what the e2e spec holds the screen against —
// agrees with the board's own query not only at the mix's instant but on the days around it,
// where the holiday and the make-up Saturday move every class.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { slaBoard } from '../modules/supervision/sla-board.service';
import { createServices } from '../services';
import { createTestDatabase, testTargets, type TestDatabase } from '../testing/test-databases';
import { countBoardFromTables } from './holiday-mix.count';
import { expectedBoard, HOLIDAY_MIX, HOLIDAY_MIX_NOW, seedHolidayMix, type SeededCase } from './holiday-mix.seed';

describe.each(await testTargets())('the National Day mix on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let cases: SeededCase[];
  const config = loadConfig({ SEED_ON_FIRST_START: 'false', SHARING_SIM_LATENCY_MS: '0', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'onetrip-holiday-mix-')) });
  const boardAt = async (iso: string) => slaBoard(await createServices(config, t.database, pino({ level: 'silent' }), () => new Date(iso)));

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    ({ cases } = await seedHolidayMix(t.database, config));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('files every case with its promised date, receipt and live task, through the services', async () => {
    expect(cases.map((c) => c.key)).toEqual(HOLIDAY_MIX.map((c) => c.key));
    const apps = await t.database.db.selectFrom('applications').select(['id', 'office_id', 'step', 'status', 'receipt_no']).execute();
    expect(apps).toHaveLength(HOLIDAY_MIX.length);
    for (const c of cases) {
      const app = apps.find((a) => a.id === c.applicationId)!;
      expect(app.receipt_no).toBe(c.receiptNo);
      expect(app.office_id).toBe(c.expected.office);
      if (c.expected.sla === 'paused') {
        expect(app.status).toBe('returned_for_supplement');
        expect(c.taskId).toBeNull();
      } else {
        expect(app.step).toBe(c.expected.step);
        const task = await t.database.db.selectFrom('tasks as k').leftJoin('staff as s', 's.id', 'k.assignee_id').select(['k.status', 's.username']).where('k.id', '=', Number(c.taskId)).executeTakeFirstOrThrow();
        expect(task).toEqual({ status: c.expected.claimedBy ? 'claimed' : 'open', username: c.expected.claimedBy });
      }
    }
    // Every job the story queued ran at its instant.
    expect(await t.database.db.selectFrom('jobs').select('kind').where('status', '!=', 'done').execute()).toEqual([]);
  });

  it.skipIf(!!skip)('shows on the board, at the make-up Saturday 10:00, exactly the mix by construction and the count from the tables', async () => {
    const board = await boardAt(HOLIDAY_MIX_NOW);
    const counted = await countBoardFromTables(t.database.db, new Date(HOLIDAY_MIX_NOW));
    expect(board.totals).toEqual(expectedBoard().totals);
    expect(board.forecast).toEqual(expectedBoard().forecast);
    expect(counted.totals).toEqual(board.totals);
    expect(counted.forecast).toEqual(board.forecast);
    expect([counted.today, counted.nextWorkingDay]).toEqual([board.today, board.nextWorkingDay]);
    expect(board.byStep.map((l) => l.key).sort()).toEqual(['review_1', 'review_2']);
    expect(board.byOffice.map((l) => l.key).sort()).toEqual(['HRB-DL', 'HRB-NG']);
  });

  // Friday before, the make-up Saturday at 18:00, Sunday (off), Monday, the Wednesday after.
  it.skipIf(!!skip).each(['2026-10-09T10:00:00+08:00', '2026-10-10T18:00:00+08:00', '2026-10-11T10:00:00+08:00', '2026-10-12T10:00:00+08:00', '2026-10-14T10:00:00+08:00'])(
    'agrees with the board at %s',
    async (at) => {
      const board = await boardAt(at);
      const counted = await countBoardFromTables(t.database.db, new Date(at));
      expect(counted.totals).toEqual(board.totals);
      expect(counted.forecast).toEqual(board.forecast);
      expect([counted.today, counted.nextWorkingDay]).toEqual([board.today, board.nextWorkingDay]);
    },
  );

  it.skipIf(!!skip)('moves with the calendar: on Sunday Oct 11 the due-today case is breached and the next working day is still Monday', async () => {
    const counted = await countBoardFromTables(t.database.db, new Date('2026-10-11T10:00:00+08:00'));
    expect(counted.nextWorkingDay).toBe('2026-10-12');
    expect(counted.cases.find((c) => c.receiptNo === cases.find((x) => x.key === 'due-today')!.receiptNo)?.sla).toBe('breached');
    expect(counted.totals).toMatchObject({ breached: 3, due_today: 0, at_risk: 2 });
  });
});
