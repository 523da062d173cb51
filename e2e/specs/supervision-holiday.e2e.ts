// The supervisor's board on a day where the calendar matters: a center of its own, seeded with a
// known mix of applications around National Day 2026 (Oct 1–7 off) and run with its clock on the
// make-up Saturday Oct 10, 10:00 (api/src/seed/holiday-mix.seed.ts). The board's tiles are read
// from the screen and held against the mix by construction and against the numbers counted from
// the tables by the seeding process (not through the board's query); a number drills down to its
// applications; a supervisor moves a reviewer's two tasks to a colleague (audited); an
// administrator schedules a rent cap from tomorrow by the app's clock. After the app stops, the
// database is read again: the two moves in the audit chain, the change dated from tomorrow, and
// the applications as they were.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ShellPage } from '../pages/shell.page';
import { SupervisionPage, TILE_VALUE, type BoardNumbers, type TileSla } from '../pages/supervision.page';
import { ApiSession } from '../support/api-seed';
import { screenshot } from '../support/browser';
import { useHolidayCenter } from '../support/holiday-center';

const center = useHolidayCenter();

async function tilesOnScreen(board: SupervisionPage): Promise<Record<TileSla, number>> {
  await board.tileCount('on_track').waitFor();
  const entries = await Promise.all((Object.keys(TILE_VALUE) as TileSla[]).map(async (sla) => [sla, Number(await board.tileCount(sla).innerText())] as const));
  return Object.fromEntries(entries) as Record<TileSla, number>;
}

const tilesOf = (b: BoardNumbers) => Object.fromEntries((Object.keys(TILE_VALUE) as TileSla[]).map((sla) => [sla, TILE_VALUE[sla](b)])) as Record<TileSla, number>;

/** The receipt numbers in the drill-down grid (one page: the mix is small). */
async function receiptsListed(page: Page): Promise<string[]> {
  const cells = page.getByRole('grid').locator('[data-field="receiptNo"][role="gridcell"]');
  return (await cells.allInnerTexts()).map((s) => s.trim()).sort();
}

const byKey = (key: string) => {
  const c = center.mix().cases.find((x) => x.key === key);
  if (!c) throw new Error(`no case ${key} in the mix`);
  return c;
};
/** The two tasks reviewer01 holds in the mix, moved to reviewer05 below. */
const MOVED = ['at-risk-claimed', 'on-track-claimed'];
const RENT_CAP_YUAN = 19_600;

/** supervisor01's desk, kept from the first test to the English one (a sign-in costs seconds on a busy machine). */
let supervisor: Page;

describe('supervisor board around National Day, on the make-up Saturday', () => {
  it('shows the numbers of the mix, as counted from the tables, and drills down to exactly its applications', async () => {
    const { expected, counted, now } = center.mix();
    // The seeding process's own count agrees with the mix as built: the mix is what it says.
    expect(counted.today).toBe('2026-10-10');
    expect(counted.nextWorkingDay).toBe('2026-10-12');
    expect(tilesOf(counted)).toEqual(tilesOf(expected));
    expect(expected.totals).toEqual({ breached: 2, due_today: 1, at_risk: 2, on_track: 2, paused: 1, open: 7 });

    const page = (supervisor = await center.signedIn('supervisor01'));
    const board = new SupervisionPage(page);
    expect(await tilesOnScreen(board)).toEqual(tilesOf(counted));
    expect(await page.getByText('今天 2026-10-10，下一工作日 2026-10-12；中心在办 7 件').count()).toBe(1);
    expect(now).toBe('2026-10-10T10:00:00+08:00');
    await screenshot(page, 'supervision-holiday-board.zh-CN.png');

    // Each number opens exactly the applications behind it, as counted from the tables and as
    // built. Due today only because the make-up Saturday counts; at risk because Sunday does not.
    for (const sla of ['due_today', 'breached', 'at_risk', 'on_track', 'paused', 'forecast'] as const) {
      await board.openTile(sla);
      const wanted = counted.cases
        .filter((c) => (sla === 'forecast' ? (c.sla === 'due_today' || c.sla === 'at_risk') && !c.claimed : c.sla === sla))
        .map((c) => c.receiptNo)
        .sort();
      await expect.poll(() => receiptsListed(page), { timeout: 15_000 }).toEqual(wanted);
      await board.waitForCaseCount(String(wanted.length));
      expect(page.url()).toContain(`sla=${sla}`);
      if (sla !== 'forecast') expect(wanted).toEqual(center.mix().cases.filter((c) => c.expected.sla === sla).map((c) => c.receiptNo).sort());
    }
    // The forecast: due by Monday's close and nobody on it.
    expect(await receiptsListed(page)).toEqual([byKey('due-today').receiptNo, byKey('at-risk-loan').receiptNo].sort());
    await screenshot(page, 'supervision-holiday-forecast.zh-CN.png');
  });

  it("moves reviewer01's two tasks to reviewer05 on the workload page; the board's numbers stay", async () => {
    const api = await ApiSession.signIn(center.baseURL(), 'supervisor01');
    const boardBefore = await api.query<BoardNumbers>('supervision.board');
    const { staff } = center.mix();
    const holder = staff.reviewer01!;
    const colleague = staff.reviewer05!;
    const claimedBy = async (id: string) => (await api.query<{ rows: { staffId: string; claimed: number }[] }>('supervision.workload')).rows.find((r) => r.staffId === id)?.claimed;
    expect(await claimedBy(holder.id)).toBe(2);

    const page = supervisor;
    await page.getByRole('navigation').getByRole('link', { name: '人员工作量' }).click();
    const board = new SupervisionPage(page);
    await board.workloadRow(holder.displayName).click();
    const panel = page.getByTestId('reassign-panel');
    for (const key of MOVED) await panel.getByRole('row').filter({ hasText: byKey(key).receiptNo }).getByRole('checkbox').check();
    await panel.getByRole('combobox').click();
    await page.getByRole('option', { name: new RegExp(colleague.displayName) }).click();
    await screenshot(page, 'supervision-holiday-workload.zh-CN.png');
    await page.getByTestId('reassign-submit').click();
    await panel.getByRole('status').waitFor();
    for (const key of MOVED) expect(await panel.getByRole('row').filter({ hasText: byKey(key).receiptNo }).count()).toBe(0);

    expect(await claimedBy(holder.id)).toBe(0);
    expect(await claimedBy(colleague.id)).toBe(2);
    // Still claimed, by someone else: the board, the forecast of unclaimed work included, is what it was.
    const boardAfter = await api.query<BoardNumbers>('supervision.board');
    expect(tilesOf(boardAfter)).toEqual(tilesOf(boardBefore));
    expect(tilesOf(boardAfter)).toEqual(tilesOf(center.mix().counted));
  });

  it("schedules a rent cap from tomorrow by the app's clock (Sunday Oct 11); today's value stays in force", async () => {
    const admin = await ApiSession.signIn(center.baseURL(), 'admin01');
    interface Policy {
      today: string;
      parameters: { key: string; entries: { from: string; state: string; value: { capFen?: number } }[] }[];
    }
    const before = await admin.query<Policy>('settings.policy');
    expect(before.today).toBe('2026-10-10');
    const rent = (p: Policy) => p.parameters.find((x) => x.key === 'rentWithdrawal')!;
    const inForce = rent(before).entries.find((e) => e.state === 'in_force')!;

    const page = await center.signedIn('admin01');
    await page.getByRole('navigation').getByRole('link', { name: '政策与日历' }).click();
    await page.getByTestId('param-rentWithdrawal').click();
    expect(await page.getByTestId('change-from').inputValue()).toBe('2026-10-11');
    await page.getByTestId('leaf-capFen').fill(String(RENT_CAP_YUAN));
    await page.getByRole('button', { name: '保存，自该日起生效' }).click();
    await page.getByRole('status').filter({ hasText: '2026-10-11' }).waitFor();

    const after = await admin.query<Policy>('settings.policy');
    expect(rent(after).entries.find((e) => e.state === 'in_force')).toEqual(inForce);
    expect(rent(after).entries.find((e) => e.from === '2026-10-11')).toMatchObject({ state: 'scheduled', value: { capFen: RENT_CAP_YUAN * 100 } });
    // The entries before today are the ones there were.
    expect(rent(after).entries.filter((e) => e.from <= '2026-10-10')).toEqual(rent(before).entries.filter((e) => e.from <= '2026-10-10'));
  });

  it('reads the same board in English', async () => {
    const page = supervisor;
    await page.getByRole('navigation').getByRole('link', { name: '监督首页' }).click();
    await new ShellPage(page).switchLanguage('English');
    await page.getByText('Today 2026-10-10, next working day 2026-10-12; 7 open at the center').waitFor();
    expect(await tilesOnScreen(new SupervisionPage(page))).toEqual(tilesOf(center.mix().counted));
    await screenshot(page, 'supervision-holiday-board.en.png');
  });

  it('leaves in the database the two moves in the audit chain, the change from tomorrow, and the applications as they were', async () => {
    const { counted: seeded } = center.mix();
    const found = await center.inspect();
    expect(found.chain.ok).toBe(true);

    const moved = MOVED.map(byKey);
    expect(found.reassigned.map((r) => r.applicationId).sort()).toEqual(moved.map((c) => c.applicationId).sort());
    for (const r of found.reassigned) {
      expect(r.by).toBe('supervisor01');
      // Stamped by the app's clock: the make-up Saturday in Beijing, minutes after 10:00.
      expect(new Date(r.at).getTime()).toBeGreaterThanOrEqual(new Date('2026-10-10T10:00:00+08:00').getTime());
      expect(new Date(r.at).getTime()).toBeLessThan(new Date('2026-10-10T11:00:00+08:00').getTime());
      expect(String(r.data.taskId)).toBe(moved.find((c) => c.applicationId === r.applicationId)!.taskId);
    }
    const assignees = new Set(found.liveTasks.filter((t) => moved.some((c) => c.taskId === t.id)).map((t) => t.assignee));
    expect([...assignees]).toEqual(['reviewer05']);

    expect(found.policyChanges).toHaveLength(1);
    expect(found.policyChanges[0]).toMatchObject({ key: 'rentWithdrawal', effectiveFrom: '2026-10-11', by: 'admin01', value: { capFen: RENT_CAP_YUAN * 100 } });
    expect(found.policyChanges[0]!.changedAt.startsWith('2026-10-10T02:')).toBe(true);

    // Counted from the tables again: the same applications in the same states; only who holds
    // the two moved tasks changed.
    expect(found.counted.totals).toEqual(seeded.totals);
    expect(found.counted.forecast).toEqual(seeded.forecast);
    expect(found.counted.cases).toEqual(seeded.cases);
  });
});
