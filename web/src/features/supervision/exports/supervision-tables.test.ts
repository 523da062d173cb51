import { describe, expect, it } from 'vitest';
import { testTranslator } from '../../../i18n/test-translator';
import { auditTable, boardTable, casesTable, workloadTable } from './supervision-tables';

const office = (id: string) => ({ 'HRB-DL': 'Daoli' })[id] ?? id;

describe('supervision export tables', () => {
  it('drill-down: every item the server sent, words translated, the filter in the file name and the bound passed on', async () => {
    const t = await testTranslator('en');
    const item = {
      applicationId: 'A-1', receiptNo: 'SL-1', businessType: 'withdrawal.rent', step: 'review_1', officeId: 'HRB-DL', windowId: null, applicantName: '张三',
      applicantIdMasked: '2301**********1234', acceptedAt: '2026-10-08T02:00:00.000Z', dueOn: '2026-10-12', ageWorkingDays: 2, sla: 'at_risk' as const, taskId: '9', assignee: null,
    };
    const table = casesTable({ items: [item, { ...item, applicationId: 'A-2', assignee: { id: 's', name: 'Li' }, step: null }], truncatedAt: 20_000 }, { sla: 'at_risk', officeId: 'HRB-DL' }, t, office);
    expect(table.fileName).toBe('sla-cases-at_risk-HRB-DL');
    expect(table.columns.map((c) => c.header)).toContain('Due on');
    expect(table.columns.find((c) => c.header === 'Due on')?.kind).toBe('date');
    expect(table.rows[0]).toEqual(['SL-1', 'Rent withdrawal', 'Review', 'Daoli', '张三', '2301**********1234', '2026-10-08T02:00:00.000Z', 2, '2026-10-12', 'At risk', 'Unclaimed']);
    expect(table.rows[1]![2]).toBeNull();
    expect(table.rows[1]!.at(-1)).toBe('Li');
    expect(table.truncatedAt).toBe(20_000);
    expect(table.columns).toHaveLength(table.rows[0]!.length);
  });

  it('board: the dimension on screen, one line per key with SLA counts, age bands and the oldest age', async () => {
    const t = await testTranslator('en');
    const line = { key: 'review_1', open: 5, breached: 1, due_today: 1, at_risk: 1, on_track: 2, paused: 1, ageBands: [2, 1, 1, 1], oldestAgeWorkingDays: 9 };
    const board: Parameters<typeof boardTable>[0] = { today: '2026-10-10', nextWorkingDay: '2026-10-12', ageBands: ['0-1', '2-3', '4-5', '6+'], totals: { open: 5, breached: 1, due_today: 1, at_risk: 1, on_track: 2, paused: 1 }, forecast: { total: 0, unclaimed: 0 }, byStep: [line], byBusinessType: [], byOffice: [] };
    const table = boardTable(board, 'byStep', t, (k) => (k === 'review_1' ? 'Review' : k));
    expect(table.fileName).toBe('sla-board-byStep-2026-10-10');
    expect(table.columns.map((c) => c.header)).toEqual(['Name', 'Open', 'Breached', 'Due today', 'At risk', 'On track', 'Paused', 'Age 0-1 d', 'Age 2-3 d', 'Age 4-5 d', 'Age 6+ d', 'Oldest (working days)']);
    expect(table.rows).toEqual([['Review', 5, 1, 1, 1, 2, 1, 2, 1, 1, 1, 9]]);
  });

  it('workload and audit: one column per value, headers in Chinese by default', async () => {
    const t = await testTranslator('zh-CN');
    const workload = workloadTable(
      { handlingWindowDays: 30, rows: [{ staffId: 's', name: '王五', role: 'reviewer', officeId: 'HRB-DL', claimed: 3, decidedToday: 1, decidedInWindow: 9, avgHandlingMinutes: 42, oldestClaimedAt: null, oldestClaimedAgeWorkingDays: null }] },
      t,
      office,
    );
    expect(workload.columns[0]!.header).toBe('姓名');
    expect(workload.rows[0]).toEqual(['王五', '审核员', 'Daoli', 3, 1, 42, null, null]);
    const audit = auditTable({ items: [{ seq: 5, at: '2026-10-10T01:00:00.000Z', actorKind: 'system', actorId: null, action: 'application.note', subjectType: 'application', subjectId: 'A-1', data: { note: '=cmd' }, hash: 'ab' }], truncatedAt: null }, t);
    expect(audit.rows[0]).toEqual([5, '2026-10-10T01:00:00.000Z', '系统', null, 'application.note', 'application', 'A-1', '{"note":"=cmd"}', 'ab']);
    expect(audit.truncatedAt).toBeUndefined();
  });
});
