// The administrator's policies and calendar on the demo center: admin01 schedules a rent cap from
// tomorrow in Chromium and sees it listed as scheduled while today's value stays in force; the
// calendar shows the published years with make-up days. The date rules themselves (no back-dated
// change, a notice loaded once) are pinned by the settings int test with a fixed clock.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiSession } from '../support/api-seed';
import { screenshot } from '../support/browser';
import { useWorkstations } from '../support/workstations';

interface Policy {
  today: string;
  parameters: { key: string; entries: { from: string; state: string; value: { capFen?: number } }[] }[];
}

let adminApi: ApiSession;

beforeAll(async () => {
  adminApi = await ApiSession.signIn(inject('baseURL'), 'admin01');
});

const { signedIn } = useWorkstations();

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('admin policies and calendar', () => {
  it('schedules a rent cap from tomorrow; today keeps its value', async () => {
    const before = await adminApi.query<Policy>('settings.policy');
    const tomorrow = dayAfter(before.today);
    const inForce = () => before.parameters.find((p) => p.key === 'rentWithdrawal')!.entries.find((e) => e.state === 'in_force')!;
    const page = await signedIn('admin01');
    await page.getByRole('navigation').getByRole('link', { name: '政策与日历' }).click();
    await page.getByTestId('param-rentWithdrawal').click();
    expect(await page.getByTestId('change-from').inputValue()).toBe(tomorrow);
    await page.getByTestId('leaf-capFen').fill('19600');
    await page.getByRole('button', { name: '保存，自该日起生效' }).click();
    await page.getByRole('status').filter({ hasText: tomorrow }).waitFor();
    const row = page.getByTestId('policy-timeline').getByRole('row').filter({ hasText: tomorrow });
    await expect.poll(() => row.innerText()).toContain('待生效');
    expect(await row.innerText()).toContain('19,600');
    await screenshot(page, 'settings-policy-zh-CN.png');

    const after = await adminApi.query<Policy>('settings.policy');
    const rent = after.parameters.find((p) => p.key === 'rentWithdrawal')!;
    expect(rent.entries.find((e) => e.state === 'in_force')).toEqual(inForce());
    expect(rent.entries.find((e) => e.from === tomorrow)).toMatchObject({ state: 'scheduled', value: { capFen: 1_960_000 } });

    await page.getByRole('tab', { name: '节假日日历' }).click();
    await page.getByTestId('year-calendar').locator('[data-kind="makeUp"]').first().waitFor();
    await screenshot(page, 'settings-calendar-zh-CN.png');
  });

  it('reads the same in English', async () => {
    const page = await signedIn('admin01', 'en');
    await page.goto('/admin/settings');
    await page.getByTestId('policy-timeline').waitFor();
    await screenshot(page, 'settings-policy-en.png');
    await page.goto('/admin/settings?tab=calendar');
    await page.getByTestId('year-calendar').locator('[data-kind="makeUp"]').first().waitFor();
    await screenshot(page, 'settings-calendar-en.png');
  });
});
