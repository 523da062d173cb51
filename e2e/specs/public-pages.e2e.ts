// The pages anyone may open without signing in: the progress lookup a receipt's QR code leads
// to, and the developer inbox where a demo reads the simulated text messages.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DevInboxPage } from '../pages/dev-inbox.page';
import { ProgressPage } from '../pages/progress.page';
import { acceptRent, ApiSession, idNumberOf, type Receipt } from '../support/api-seed';
import { launchBrowser, newWorkstation, screenshot } from '../support/browser';

/** Every e2e acceptance gives this mobile (api-seed.ts). */
const MOBILE = '13800000000';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let receipt: Receipt;
const last4 = idNumberOf('renterProgress').slice(-4);

beforeAll(async () => {
  browser = await launchBrowser();
  const clerk = await ApiSession.signIn(inject('baseURL'), 'clerk01');
  receipt = await acceptRent(clerk, 'renterProgress');
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await newWorkstation(browser, inject('baseURL'));
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

/** The promised date as the page writes it: the calendar day, in Chinese. */
const zhDay = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', dateStyle: 'full' }).format(new Date(`${iso}T00:00:00Z`));

describe('public progress page', () => {
  it("is what the receipt's QR code opens: the receipt filled in, the ID ending asked for", async () => {
    // A whole address a phone can open, on the server that printed it.
    const qr = new URL(receipt.progressUrl);
    expect(qr.port).toBe(new URL(inject('baseURL')).port);
    expect(qr.searchParams.get('receipt')).toBe(receipt.receiptNo);

    const progress = new ProgressPage(page);
    await progress.openFromQr(receipt.progressUrl);
    expect(await progress.heading.textContent()).toBe('办理进度查询');
    expect(await progress.receiptNo.inputValue()).toBe(receipt.receiptNo);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('idLast4');

    await progress.lookUp(last4);
    await progress.result.waitFor();
    expect(await progress.status.textContent()).toBe('初审中');
    expect(await progress.promisedOn.textContent()).toBe(zhDay(receipt.dueOn));
    expect(await progress.historyItems.count()).toBeGreaterThan(0);
    expect(await progress.historyItems.first().textContent()).toContain('初审中');
    // Nothing personal: neither the applicant's name nor the full ID number is on the page.
    const text = (await page.textContent('body')) ?? '';
    expect(text).not.toContain(receipt.applicantName);
    expect(text).not.toContain(idNumberOf('renterProgress'));
    // The receipt stays in the address, the ID digits never go there.
    expect(page.url()).not.toContain(last4);
    await screenshot(page, 'progress.zh-CN.png');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => progress.heading.textContent()).toBe('Track your application');
    expect(await progress.status.textContent()).toBe('First review');
    await screenshot(page, 'progress.en.png');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const progress = new ProgressPage(page);
    await progress.openFromQr(receipt.progressUrl);
    await progress.lookUp(last4);
    await progress.result.waitFor();
    // No sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'progress.phone.zh-CN.png', { fullPage: true });
  });

  it('checks the fields before asking, and answers a wrong ID ending without telling whether the receipt exists', async () => {
    const progress = new ProgressPage(page);
    const lookups: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('progress.lookup')) lookups.push(r.url());
    });
    await progress.openFromQr(receipt.progressUrl);

    await progress.lookUp('12');
    expect(await progress.helpOf(progress.idLast4)).toBe('请输入身份证号码的最后 4 位：前 3 位为数字，末位为数字或 X。');
    expect(lookups).toEqual([]);

    // A slow answer and an impatient second Enter: still one lookup (each spends a try).
    await page.route('**/trpc/progress.lookup**', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    const wrong = last4 === '0000' ? '0001' : '0000';
    await progress.lookUp(wrong);
    await progress.idLast4.press('Enter');
    await expect.poll(() => progress.error.textContent()).toBe('没有找到与该受理编号和身份证号后 4 位相符的业务，请核对受理回执后重试。');
    expect(lookups).toHaveLength(1);
    await page.unroute('**/trpc/progress.lookup**');
    expect(await progress.result.count()).toBe(0);

    // An unknown receipt gets the very same answer.
    await progress.receiptNo.fill('SL20991231XX9999');
    await progress.lookUp(last4);
    await expect.poll(() => lookups.length).toBe(2);
    await expect.poll(() => progress.error.textContent()).toBe('没有找到与该受理编号和身份证号后 4 位相符的业务，请核对受理回执后重试。');
    await screenshot(page, 'progress-not-found.zh-CN.png');
  });
});

describe('developer inbox', () => {
  it("shows the acceptance text message with the receipt number, filtered by the applicant's mobile", async () => {
    const inbox = new DevInboxPage(page);
    await inbox.goto();
    expect(await inbox.heading.textContent()).toBe('开发者收件箱');
    await inbox.mobile.fill(MOBILE);
    // The notice is sent by the job runner shortly after acceptance; the page refreshes itself.
    const notice = inbox.messageMentioning(receipt.receiptNo);
    await notice.first().waitFor({ timeout: 30_000 });
    const row = (await notice.first().textContent()) ?? '';
    expect(row).toContain('短信');
    expect(row).toContain('受理通知');
    expect(row).toContain(MOBILE);
    expect(row).toContain('无需再跑一趟');
    // Filtered: every row is for this mobile.
    for (const text of await inbox.messages.allTextContents()) expect(text).toContain(MOBILE);
    await screenshot(page, 'dev-inbox.zh-CN.png');

    await inbox.mobile.fill('0451-8888');
    await expect.poll(() => page.getByText('请输入 11 位手机号码（1 开头）。').count()).toBe(1);
  });
});
