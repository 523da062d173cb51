// The supervisor's throughput chart, appointment utilisation and transfer desk on the demo center: the chart's headline
// figure (accepted loans) is the API's, the loan target line is the policy's, the office and bank
// window table lists the offices, the transfer lists and the latest
// reconciliation show. The two-person rule itself is pinned by the transfer-requests int test (the
// demo's simulated bank pays everything, so there is no failed transfer to act on here).
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiSession } from '../support/api-seed';
import { screenshot } from '../support/browser';
import { useWorkstations } from '../support/workstations';

interface Utilisation {
  days: string[];
  totals: { capacity: number; booked: number };
  offices: { officeId: string; windows: { windowId: string }[] }[];
}

interface Throughput {
  totals: { accepted: number; acceptedLoans: number };
  dailyLoanTarget: number | null;
  byOffice: { officeId: string }[];
}

let supervisorApi: ApiSession;

beforeAll(async () => {
  supervisorApi = await ApiSession.signIn(inject('baseURL'), 'supervisor01');
});

const { signedIn } = useWorkstations();

function beijingDay(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
}

describe.each(['zh-CN', 'en'] as const)('supervisor throughput and transfers (%s)', (language) => {
  it('shows the accepted loans the API counts, with the loan target line and the offices', async () => {
    const from = beijingDay(-27);
    const to = beijingDay();
    const api = await supervisorApi.query<Throughput>('supervision.throughput', { from, to, by: 'day' });
    expect(api.dailyLoanTarget).toBe(350);
    const page = await signedIn('supervisor01', language);
    await page.goto(`/supervision/throughput?from=${from}&to=${to}&by=day`);
    const accepted = page.getByTestId('kpi-accepted');
    await accepted.waitFor();
    const kpi = (await accepted.innerText()).replace(/[,\s]/g, '');
    expect(kpi).toContain(String(api.totals.acceptedLoans));
    expect(kpi).toContain(String(api.totals.accepted));
    await page.getByTestId('throughput-chart').locator('svg .MuiBarElement-root, svg rect').first().waitFor();
    expect(await page.getByTestId('throughput-chart').innerText()).toContain('350');
    for (const o of api.byOffice) await page.getByTestId(`place-${o.officeId}`).waitFor();
    await screenshot(page, `supervision-throughput-${language}.png`);
  });

  it('shows appointment utilisation per office and window with the API totals, a slots × days heatmap, and exports it', async () => {
    const api = await supervisorApi.query<Utilisation>('appointments.utilisation', { from: beijingDay(), days: 10 });
    const page = await signedIn('supervisor01', language);
    await page.getByRole('link', { name: language === 'en' ? 'Appointments' : '预约情况' }).click();
    await page.getByTestId('utilisation-heatmap').waitFor();
    expect(await page.getByTestId('utilisation-days').innerText()).toContain(api.days[0]!);
    const total = page.getByTestId('utilisation-summary').getByRole('row').last();
    const [capacity, booked] = (await total.getByRole('cell').allInnerTexts()).slice(1, 3).map((c) => Number(c.replace(/[,\s]/g, '')));
    expect([capacity, booked]).toEqual([api.totals.capacity, api.totals.booked]);
    // Pick the first office's first window: the heatmap follows, one row per slot and a total row.
    const w = api.offices[0]!.windows[0]!;
    await page.getByTestId(`util-${w.windowId}`).click();
    await expect.poll(() => page.url()).toContain(`window=${w.windowId}`);
    expect(await page.getByTestId('utilisation-heatmap').getByRole('columnheader').count()).toBe(api.days.length + 2);
    await screenshot(page, `supervision-appointments-${language}.png`);

    const downloaded = page.waitForEvent('download');
    await page.getByTestId('utilisation-export').click();
    await page.getByTestId('utilisation-export-csv').click();
    const csv = (await readFile(await (await downloaded).path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe(language === 'en' ? 'Office,Bank window,Places,Booked,Booked share,Came,No-shows,No-show rate' : '管理部,银行窗口,号源,已预约,预约率,已到,爽约,爽约率');
    // One line per office and per window, plus the header and the closing line break.
    expect(csv).toHaveLength(1 + api.offices.reduce((n, o) => n + 1 + o.windows.length, 0) + 1);
  });

  it('lists transfers and the latest reconciliation', async () => {
    const page = await signedIn('supervisor01', language);
    await page.goto('/supervision/transfers');
    await page.getByTestId('tab-failed').waitFor();
    await page.getByRole('tabpanel').or(page.getByRole('main')).first().waitFor();
    await screenshot(page, `supervision-transfers-${language}.png`);
    await page.getByTestId('tab-reconciliation').click();
    await page.getByTestId('reconciliation').or(page.getByText(language === 'en' ? 'No reconciliation has run yet.' : '尚无对账记录。')).first().waitFor();
    await screenshot(page, `supervision-reconciliation-${language}.png`);
  });
});
