// The supervisor's throughput chart and transfer desk on the demo center: the chart's headline
// figure (accepted loans) is the API's, the loan target line is the policy's, the office and bank
// window table lists the offices, the transfer lists and the latest
// reconciliation show. The two-person rule itself is pinned by the transfer-requests int test (the
// demo's simulated bank pays everything, so there is no failed transfer to act on here).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiSession } from '../support/api-seed';
import { screenshot } from '../support/browser';
import { useWorkstations } from '../support/workstations';

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
