// The review workspace end to end: applications accepted at the counter (over HTTP, as a clerk)
// walk through the back-office steps in Chromium with different demo users.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DecidePage } from '../pages/decide.page';
import { ReviewQueuePage } from '../pages/review-queue.page';
import { acceptLoan, acceptRent, ApiSession, inbox } from '../support/api-seed';
import { screenshot } from '../support/browser';
import { useWorkstations } from '../support/workstations';

let clerk: ApiSession;

beforeAll(async () => {
  clerk = await ApiSession.signIn(inject('baseURL'), 'clerk01');
});

const { signedIn } = useWorkstations();

/** Opens the application's current task from the queue (search by receipt number) and waits for the decide screen. */
async function openFromQueue(page: Page, receiptNo: string): Promise<DecidePage> {
  const queue = new ReviewQueuePage(page);
  await page.goto(`/review?q=${receiptNo}`);
  await queue.row(receiptNo).click();
  const decide = new DecidePage(page);
  await decide.waitUntilShown();
  await decide.keepTaskAfterDecision();
  return decide;
}

/** The Saturday after a day (a day the signing can never be booked on). */
function nextSaturday(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((6 - d.getUTCDay() + 7) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

/**
 * The bank card read at the counter: its box is drawn on the page, the card number is listed as
 * a mismatch in words, and picking the mismatch highlights the number's box.
 */
async function expectCardMismatch(page: Page, words: string): Promise<void> {
  const mismatch = page.getByTestId('mismatch-cardNumber');
  await mismatch.waitFor();
  expect(await mismatch.innerText()).toContain(words);
  expect(await page.getByTestId('ocr-field-cardNumber').getAttribute('data-mismatch')).toBe('true');
  await mismatch.click();
  const box = page.getByTestId('field-box-cardNumber');
  await expect.poll(() => box.getAttribute('data-selected')).toBe('true');
  expect(await box.getAttribute('data-mismatch')).toBe('true');
  expect((await box.boundingBox())?.width).toBeGreaterThan(20);
}

async function claimAndApprove(page: Page, receiptNo: string): Promise<DecidePage> {
  const decide = await openFromQueue(page, receiptNo);
  await page.locator('body').press('c');
  await decide.approveButton.waitFor();
  await decide.approveByKeyboard();
  return decide;
}

describe('review workspace', () => {
  it('walks a counter loan through 初审 → 复审 → 审批 with three people, refuses the same person twice, and ends with the approval letter', async () => {
    const receipt = await acceptLoan(clerk);

    const first = await signedIn('reviewer01');
    const queue = new ReviewQueuePage(first);
    await queue.waitForRows();
    await queue.showList();
    await screenshot(first, 'review-queue.zh-CN.png');
    let decide = await openFromQueue(first, receipt.receiptNo);
    await first.locator('body').press('c');
    await decide.approveButton.waitFor();
    await expect.poll(() => decide.ruleChecks.textContent()).toContain('通过 9/9');
    await screenshot(first, 'review-decide.zh-CN.png');
    await decide.approveByKeyboard();
    await expect.poll(() => first.getByTestId('no-open-task').isVisible()).toBe(true);

    // 复审: the 初审 reviewer may not take it; the refusal says why and when.
    decide = await openFromQueue(first, receipt.receiptNo);
    await first.locator('body').press('c');
    await decide.fourEyes.waitFor();
    expect(await decide.fourEyes.textContent()).toMatch(/^您已在初审环节处理过此申请（.+），不能再处理复审环节。$/);

    await claimAndApprove(await signedIn('reviewer02'), receipt.receiptNo);
    const approver = await signedIn('approver01');
    decide = await claimAndApprove(approver, receipt.receiptNo);
    await decide.letterIssued.waitFor({ timeout: 30_000 });
    const download = approver.getByRole('link', { name: '下载审批书（PDF）' });
    expect(await download.getAttribute('download')).toBe(`approval-letter-${receipt.receiptNo}.pdf`);

    // The approver books the contract signing: a weekend is refused as typed, a working day is booked.
    const windowName = await decide.chooseFirstContractWindow();
    const firstWorkingDay = await decide.contractDate.inputValue();
    expect(firstWorkingDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await decide.contractDate.fill(nextSaturday(firstWorkingDay));
    await approver.getByText('该日不是工作日，请选择非节假日的工作日。').waitFor();
    expect(await decide.bookContractButton.isDisabled()).toBe(true);
    await decide.contractDate.fill(firstWorkingDay);
    await decide.bookContractButton.click();
    await decide.contractBooked.waitFor();
    expect(await decide.contractBooked.textContent()).toContain(windowName);
    await expect.poll(() => decide.statusCode()).toBe('contract_booked');
    await decide.contractBooked.scrollIntoViewIfNeeded();
    await screenshot(approver, 'review-contract.zh-CN.png');

    // The same case in English: the server's loan offer and the booking, bank names in English.
    const english = await signedIn('approver02', 'en');
    const { pathname, search } = new URL(approver.url());
    await english.goto(pathname + search);
    const reopened = new DecidePage(english);
    await reopened.contractBooked.waitFor();
    expect(await reopened.contractBooked.textContent()).toMatch(/^Signing booked for .+ at .+, window \d+\./);
    await reopened.contractBooked.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(english, 'review-contract.en.png');
    expect(await reopened.loanComputation.textContent()).toContain('binding limit:');
    await reopened.loanComputation.scrollIntoViewIfNeeded();
    await screenshot(english, 'review-loan.en.png');
  });

  it('returns an application for supplement and the applicant gets one notice listing it all', async () => {
    // The clerk also scanned a bank card (imaging/fixtures): its number is not one on file.
    const receipt = await acceptRent(clerk, 'renterReviewA', 1_000_000, [{ materialId: 'bank_card', kind: 'bank_card' }]);
    const page = await signedIn('reviewer03');
    const decide = await openFromQueue(page, receipt.receiptNo);
    await page.locator('body').press('c');
    await decide.approveButton.waitFor();
    await expectCardMismatch(page, '不是在档银行卡');
    await screenshot(page, 'review-ocr-mismatch.zh-CN.png');
    await decide.returnFor(['居民身份证（人像面）'], '请补充租房合同首页');
    await expect.poll(() => decide.statusCode()).toBe('returned_for_supplement');

    const notice = async () => (await inbox(inject('baseURL'))).find((m) => m.applicationId === receipt.applicationId && m.template.includes('return'));
    await expect.poll(notice, { timeout: 30_000, interval: 500 }).toBeTruthy();
    const text = (await notice())!.textZh;
    expect(text).toContain(receipt.receiptNo);
    expect(text).toContain('居民身份证（人像面）');
    expect(text).toContain('请补充租房合同首页');
  });

  it('approves a rent withdrawal and watches it become transferred when the job runner pays it', async () => {
    const receipt = await acceptRent(clerk, 'renterReviewB', 1_000_000, [{ materialId: 'bank_card', kind: 'bank_card' }]);
    const page = await signedIn('reviewer04', 'en');
    const decide = await openFromQueue(page, receipt.receiptNo);
    await page.locator('body').press('c');
    await decide.approveButton.waitFor();
    await screenshot(page, 'review-decide.en.png');
    await expectCardMismatch(page, 'not a card on file');
    await screenshot(page, 'review-ocr-mismatch.en.png');
    // The boxes are drawn in the page's own coordinates: they grow with the zoom and turn with the page.
    const box = page.getByTestId('field-box-cardNumber');
    const fitted = (await box.boundingBox())!;
    await page.locator('body').press('+');
    await expect.poll(async () => (await box.boundingBox())!.width).toBeGreaterThan(fitted.width * 1.2);
    await page.locator('body').press('o');
    await expect.poll(async () => { const b = (await box.boundingBox())!; return b.height > b.width; }).toBe(true);
    await decide.approveByKeyboard();
    await expect.poll(() => decide.statusCode(), { timeout: 60_000, interval: 500 }).toBe('transferred');
    expect(await decide.status.textContent()).toBe('Transferred');
  });

  it('gives two reviewers pressing N at the same moment two different tasks', async () => {
    await acceptRent(clerk, 'loanApplicantSpouse');
    await acceptRent(clerk, 'loanApplicant');
    const pages = [await signedIn('reviewer05', 'en'), await signedIn('reviewer06')];
    const queues = pages.map((p) => new ReviewQueuePage(p));
    await Promise.all(queues.map((q) => q.waitForRows()));
    await queues[0]!.showList();
    await screenshot(pages[0]!, 'review-queue.en.png');
    await Promise.all(queues.map((q) => q.pressClaimNext()));
    await Promise.all(pages.map((p) => p.waitForURL(/\/review\/tasks\//)));
    const taskIds = pages.map((p) => new DecidePage(p).taskId());
    expect(taskIds[0]).not.toBe(taskIds[1]);
    // Each screen shows a task its reviewer now holds.
    for (const p of pages) await new DecidePage(p).approveButton.waitFor();
  });
});
