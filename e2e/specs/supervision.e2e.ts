// The supervisor workspace end to end on the demo center: work created over HTTP as a clerk and a
// reviewer shows up on the board (numbers compared with what the API answers), a number drills
// down to its applications and exports every one of them as an XLSX (opened again and read back),
// two tasks are moved back to the queue from the workload page, and the audit chain verifies. Calendar edge cases (National Day, make-up days) are pinned by the
// supervision int test with a controlled clock; this run uses today's date.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SupervisionPage, TILE_VALUE, type BoardNumbers, type TileSla } from '../pages/supervision.page';
import { acceptRent, ApiSession, type Receipt } from '../support/api-seed';
import { screenshot } from '../support/browser';
import { useWorkstations } from '../support/workstations';

let clerk: ApiSession;
let reviewer: ApiSession;
let supervisorApi: ApiSession;
const created: Receipt[] = [];

beforeAll(async () => {
  const base = inject('baseURL');
  [clerk, reviewer, supervisorApi] = await Promise.all([ApiSession.signIn(base, 'clerk01'), ApiSession.signIn(base, 'reviewer01'), ApiSession.signIn(base, 'supervisor01')]);
});

const { signedIn } = useWorkstations();

describe('supervisor workspace', () => {
  it('shows the new work on the board with the numbers the API counts, and drills down', async () => {
    const before = await supervisorApi.query<BoardNumbers>('supervision.board');
    created.push(await acceptRent(clerk, 'renterBoardA'), await acceptRent(clerk, 'renterBoardB'));
    // Both are claimed by reviewer01, so the workload step below has two tasks to move.
    for (const r of created) {
      const page = await reviewer.query<{ items: { taskId: string }[] }>('review.tasks', { search: r.receiptNo });
      await reviewer.mutate('review.claim', { taskId: page.items[0]!.taskId });
    }
    const after = await supervisorApi.query<BoardNumbers>('supervision.board');
    // Accepted today with three working days to go: on track, and nothing else moved.
    expect(after.totals.on_track - before.totals.on_track).toBe(2);
    expect(after.totals.open - before.totals.open).toBe(2);
    expect(after.totals.paused).toBe(before.totals.paused);

    const page = await signedIn('supervisor01');
    const board = new SupervisionPage(page);
    await board.tileCount('on_track').waitFor();
    for (const sla of Object.keys(TILE_VALUE) as TileSla[]) {
      expect(Number(await board.tileCount(sla).innerText()), sla).toBe(TILE_VALUE[sla](after));
    }
    await screenshot(page, 'supervision-board-zh-CN.png');

    // Drill down from the smallest non-zero number (one page), and find every application behind it.
    const [sla, count] = (Object.keys(TILE_VALUE) as TileSla[]).map((s) => [s, TILE_VALUE[s](after)] as const).filter(([, n]) => n > 0 && n <= 100).sort((a, b) => a[1] - b[1])[0]!;
    await board.openTile(sla);
    await board.waitForCaseCount(String(count));
    expect(await page.getByRole('grid').getByRole('row').count()).toBe(count + 1);
    expect(page.url()).toContain(`sla=${sla}`);
    await screenshot(page, 'supervision-drilldown-zh-CN.png');

    // The export holds every application the server finds for the filter, headers in Chinese,
    // due dates as date cells.
    const cases = await supervisorApi.query<{ items: { receiptNo: string | null; dueOn: string }[] }>('supervision.boardCasesExport', { sla });
    const downloaded = page.waitForEvent('download');
    await page.getByTestId('cases-export').click();
    await page.getByTestId('cases-export-xlsx').click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`sla-cases-${sla}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('受理编号');
    expect(sheet.rowCount).toBe(count + 1);
    expect(sheet.getCell('A2').value).toBe(cases.items[0]!.receiptNo);
    expect(sheet.getCell('I2').value).toEqual(new Date(`${cases.items[0]!.dueOn}T00:00:00Z`));
  });

  it('moves two tasks from a reviewer back to the queue on the workload page', async () => {
    const page = await signedIn('supervisor01');
    await page.goto('/supervision/workload');
    const me = await reviewer.query<{ displayName: string }>('auth.me');
    const board = new SupervisionPage(page);
    await board.workloadRow(me.displayName).click();
    const panel = page.getByTestId('reassign-panel');
    for (const r of created) await panel.getByRole('row').filter({ hasText: r.receiptNo }).getByRole('checkbox').check();
    await screenshot(page, 'supervision-workload-zh-CN.png');
    await page.getByTestId('reassign-submit').click();
    await panel.getByRole('status').waitFor();
    for (const r of created) expect(await panel.getByRole('row').filter({ hasText: r.receiptNo }).count()).toBe(0);
    const tasks = await reviewer.query<{ items: { assignee: unknown }[] }>('review.tasks', { search: created[0]!.receiptNo });
    expect(tasks.items[0]!.assignee).toBeNull();

    await page.goto('/supervision/audit');
    await page.getByRole('row').filter({ hasText: 'task.reassigned' }).first().waitFor();
    await screenshot(page, 'supervision-audit-zh-CN.png');
  });

  it('finds the reassignment in the audit chain, verifies the chain, and reads the same in English', async () => {
    const page = await signedIn('supervisor01', 'en');
    await page.goto('/supervision/audit');
    await page.getByTestId('audit-applicationId').fill(created[0]!.applicationId);
    await page.getByTestId('audit-search').click();
    await page.getByRole('row').filter({ hasText: 'task.reassigned' }).first().waitFor();
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verdict').innerText()).toContain('intact');
    await screenshot(page, 'supervision-audit-en.png');

    await page.goto('/supervision');
    const board = new SupervisionPage(page);
    await board.tileCount('on_track').waitFor();
    await screenshot(page, 'supervision-board-en.png');
    await board.openTile('on_track');
    await page.getByRole('grid').getByRole('row').nth(1).waitFor();
    await screenshot(page, 'supervision-drilldown-en.png');
    await page.goto('/supervision/workload');
    await page.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'supervision-workload-en.png');
  });
});
