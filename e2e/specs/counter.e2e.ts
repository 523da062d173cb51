// The counter (issue 6) end to end: a booked rent applicant checked in, looked up, the shared
// data waivers seen, scans uploaded, first with the rental contract missing (one-time notice,
// draft kept), then complete (fields confirmed, accepted once despite a double click, receipt
// PDF downloaded, the application in the first review queue). A page turned by the clerk is a
// new archived rendition. A personal housing loan is accepted the same way. Bad input (a 200 MB
// file among it) and the camera follow. The pictures of each step, in both languages, come from
// counter-screenshots.e2e.ts; this spec keeps only the camera's.
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CounterPage } from '../pages/counter.page';
import { launchBrowser, newWorkstation, screenshot } from '../support/browser';
import { signInAt, useWorkstations } from '../support/workstations';

const FIXTURES = fileURLToPath(new URL('../../imaging/fixtures/', import.meta.url));
const BANK_CARD = `${FIXTURES}015-bank-card/input.jpg`;
const RENTAL_CONTRACT = `${FIXTURES}020-rental-contract/input.jpg`;
const PURCHASE_CONTRACT = `${FIXTURES}031-purchase-contract/input.jpg`;
/** Materials with no OCR kind of their own (income proof, credit authorisation): any clean page stands in. */
const OTHER_PAGE = `${FIXTURES}038-property-certificate/input.jpg`;
/** api/src/seed: DEMO_SCENARIOS.rentEligible, booked at 09:00 at clerk01's window. */
const RENT = { name: '刘晓明', idNumber: '230103199003150310' };
/** DEMO_SCENARIOS.rentEligibleSpouse: married, no home, no loan; no other spec files anything for her. */
const LOAN = { name: '王丽', idNumber: '230102199110080462' };

const desks = useWorkstations();

async function pdfOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

describe('a rent withdrawal at the counter', () => {
  let counter: CounterPage;
  let page: Page;
  beforeAll(async () => {
    page = await desks.signedIn('clerk01');
    counter = new CounterPage(page);
  });

  it('checks the booked applicant in and shows what shared data already proved', async () => {
    await page.getByTestId('today-counts').waitFor();
    await counter.callIn(RENT.name, RENT.idNumber);
    await expect.poll(() => counter.applicant.innerText()).toContain(RENT.name);
    await counter.chooseBusiness('租房', /租房提取/);
    await counter.checklist.waitFor();
    // Rent above the no-paper limit: the rental contract is needed.
    await counter.answerQuestions([/超过|above/i]);
    await expect.poll(() => page.locator('[data-testid="checklist"] tr[data-status="waived"]').count()).toBeGreaterThan(0);
    await page.getByTestId('waived').first().click();
    await page.getByTestId('evidence').waitFor();
    expect(await page.getByTestId('evidence').innerText()).toMatch(/SHA-256 [0-9a-f]{64}/);
    await page.keyboard.press('Escape');
  });

  it('prints the one-time notice while the rental contract is missing, and keeps the draft', async () => {
    await counter.upload([BANK_CARD]);
    await expect.poll(() => counter.pageTile(1).getAttribute('data-status'), { timeout: 60_000 }).toBe('ready');
    expect(await counter.material('rental_contract').getAttribute('data-status')).toBe('required');
    expect(await counter.acceptButton.isDisabled()).toBe(true);
    expect(await counter.blockers.innerText()).toMatch(/尚缺材料：.*租赁合同/);
    // Turned by the clerk: the server keeps a new rendition, read again as turned (a card on its side).
    const image = counter.pageTile(1).locator('img');
    const upright = await image.getAttribute('src');
    await counter.pageTile(1).getByRole('button', { name: '旋转' }).click();
    await expect.poll(() => image.getAttribute('src'), { timeout: 60_000 }).not.toBe(upright);
    expect(await counter.pageTile(1).getAttribute('data-status')).toBe('ready');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalHeight > img.naturalWidth)).toBe(true);
    const notice = await counter.download(() => counter.noticeButton.click());
    expect(notice.suggestedFilename()).toMatch(/^notice-.*\.pdf$/);
    expect((await pdfOf(notice)).subarray(0, 5).toString()).toBe('%PDF-');
    // The applicant comes back with the contract later in the sitting: the scans are still there.
    await page.reload();
    await counter.applicant.waitFor();
    await counter.pageTile(1).waitFor();
    expect(await counter.pageTile(1).getAttribute('data-status')).toBe('ready');
    // The bank card is not on this business's list: the clerk deletes the page.
    await counter.pageTile(1).getByRole('button', { name: '删除' }).click();
    expect(await counter.pageTile(1).count()).toBe(0);
  });

  it('accepts once on a double click, prints the receipt and hands the case to the first review', async () => {
    await counter.upload([RENTAL_CONTRACT]);
    await expect.poll(() => counter.pageTile(1).getAttribute('data-status'), { timeout: 60_000 }).toBe('ready');
    await counter.pageTile(1).getByRole('button', { name: /查看第/ }).click();
    await page.getByTestId('fields').waitFor();
    await counter.confirmUncertainFields();
    await counter.fillDetails({ mobile: '13800138000', amount: '1000' });
    if (!(await page.getByTestId('detail-rent').inputValue())) await counter.fillDetails({ rent: '1500', leaseStart: '2026-09-01', leaseEnd: '2027-08-31' });
    await expect.poll(() => counter.acceptButton.isEnabled()).toBe(true);

    const receiptPdf = await counter.download(() => counter.acceptButton.dblclick());
    expect(receiptPdf.suggestedFilename()).toMatch(/^receipt-.+\.pdf$/);
    expect((await pdfOf(receiptPdf)).subarray(0, 5).toString()).toBe('%PDF-');
    await counter.receipt.waitFor();
    const receiptNo = /(?:受理编号|receipt)\s*(\S+?)[，,]/.exec(await counter.receipt.innerText())?.[1] ?? '';
    expect(receiptNo).not.toBe('');

    // The reviewer's first queue has it, once.
    const reviewPage = await desks.signedIn('reviewer01');
    const tasks = async (search: string) =>
      reviewPage.evaluate(async (q) => {
        const input = encodeURIComponent(JSON.stringify({ steps: ['review_1'], search: q }));
        const r = await fetch(`/trpc/review.tasks?input=${input}`);
        return JSON.stringify(await r.json());
      }, search);
    expect(await tasks(receiptNo)).toContain(receiptNo);
    const byName = JSON.parse(await tasks(RENT.name)) as { result: { data: { items?: { businessType?: string }[] } } };
    const items = byName.result.data.items ?? [];
    expect(items.filter((i) => JSON.stringify(i).includes('withdrawal.rent')).length).toBe(1);
  });
});

describe('a personal housing loan at the counter', () => {
  let page: Page;
  let counter: CounterPage;
  beforeAll(async () => {
    page = await desks.signedIn('clerk01');
    counter = new CounterPage(page);
  });

  it('keys in the loan, scans what shared data did not prove, accepts it into the first review', async () => {
    await counter.lookUp(LOAN.idNumber);
    await counter.chooseBusiness('贷款', /个人住房公积金贷款（购房）/);
    await counter.checklist.waitFor();
    await counter.answerQuestions([/已婚|结婚|配偶/]);
    expect(await page.getByTestId('eligibility-failures').count()).toBe(0);
    await expect.poll(() => counter.checklist.locator('tr[data-status="ask"]').count()).toBe(0);
    const needed = await counter.requiredMaterials();
    expect(needed.length).toBeGreaterThan(0);
    const scanFor = (id: string) => (id === 'bank_card' ? BANK_CARD : id === 'purchase_contract' ? PURCHASE_CONTRACT : OTHER_PAGE);
    for (const [i, m] of needed.entries()) {
      await counter.upload([scanFor(m.id)]);
      await expect.poll(() => counter.pageTile(i + 1).getAttribute('data-status'), { timeout: 60_000 }).toBe('ready');
      // Classification suggests a line; the clerk sets the one this page is for.
      await counter.assign(i + 1, m.name);
    }
    for (let i = 1; i <= needed.length; i++) {
      await counter.pageTile(i).getByRole('button', { name: /查看第/ }).click();
      await counter.confirmUncertainFields();
    }
    await counter.fillDetails({ mobile: '13900139000', amount: '200000', housePrice: '1000000', termMonths: '240', monthlyIncome: '12000' });
    await counter.chooseDetail('home', /首套住房/);
    await counter.chooseDetail('repaymentMethod', /等额本息/);
    await counter.chooseDetail('borrowers', /本人单独借款/);
    // The shared schema's loan rule, at the desk: a six-month term is refused before accepting.
    await counter.fillDetails({ termMonths: '6' });
    await expect.poll(() => counter.blockers.innerText()).toMatch(/申请信息/);
    expect(await counter.acceptButton.isDisabled()).toBe(true);
    await counter.fillDetails({ termMonths: '240' });
    await expect.poll(() => counter.acceptButton.isEnabled()).toBe(true);

    const receiptPdf = await counter.download(() => counter.acceptButton.click());
    expect((await pdfOf(receiptPdf)).subarray(0, 5).toString()).toBe('%PDF-');
    await counter.receipt.waitFor();
    const receiptNo = /(?:受理编号|receipt)\s*(\S+?)[，,]/.exec(await counter.receipt.innerText())?.[1] ?? '';
    expect(receiptNo).not.toBe('');

    const reviewPage = await desks.signedIn('reviewer01');
    const found = await reviewPage.evaluate(async (q) => {
      const input = encodeURIComponent(JSON.stringify({ steps: ['review_1'], search: q }));
      return JSON.stringify(await (await fetch(`/trpc/review.tasks?input=${input}`)).json());
    }, receiptNo);
    expect(found).toContain(receiptNo);
    expect(found).toContain('loan.purchase');
  });
});

describe('the counter in English and with bad input', () => {
  let page: Page;
  let counter: CounterPage;
  beforeAll(async () => {
    page = await desks.signedIn('clerk01');
    await page.getByRole('banner').getByRole('button', { name: 'English', exact: true }).click();
    counter = new CounterPage(page);
  });

  it('catches a wrong check digit as typed', async () => {
    await counter.idInput.fill('230103199003150311');
    await expect.poll(() => page.getByText('check digit is wrong').count()).toBe(1);
    expect(await page.getByTestId('applicant-view').count()).toBe(0);
  });

  it('refuses a corrupt and an oversized file with clear messages, and shows the screens in English', async () => {
    await counter.lookUp(RENT.idNumber);
    await counter.chooseBusiness('rent', /Withdrawal for rent/);
    await counter.checklist.waitFor();
    const jpeg = readFileSync(BANK_CARD);
    await counter.upload([{ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: jpeg.subarray(0, 2000) }]);
    await expect.poll(() => counter.pageTile(1).getAttribute('data-status'), { timeout: 30_000 }).toBe('failed');
    expect(await counter.pageTile(1).getByTestId('page-error').innerText()).toMatch(/damaged or incomplete/);
    // A 200 MB scan, made here as a sparse file (never committed): refused before any upload.
    const dir = mkdtempSync(path.join(tmpdir(), 'onetrip-counter-200mb-'));
    const huge = path.join(dir, 'scan-200mb.tif');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const uploads: string[] = [];
    const count = (r: { url: () => string; method: () => string }) => void (r.method() === 'POST' && r.url().endsWith('/api/pages') && uploads.push(r.url()));
    page.on('request', count);
    try {
      await counter.upload([huge]);
      await expect.poll(() => counter.pageTile(2).getAttribute('data-status')).toBe('failed');
      expect(await counter.pageTile(2).getByTestId('page-error').innerText()).toMatch(/too large/);
    } finally {
      page.off('request', count);
      rmSync(dir, { recursive: true, force: true });
    }
    expect(uploads).toEqual([]);
    expect(await counter.pageTile(3).count()).toBe(0);
    // The server is the judge, also for a client that skips the check.
    const direct = await page.evaluate(async () => {
      const r = await fetch('/api/pages', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(26 * 1024 * 1024) });
      return { status: r.status, body: await r.json() };
    });
    expect(direct).toEqual({ status: 413, body: { appCode: 'imaging.too_large', details: { limit: 25 * 1024 * 1024 } } });
  });
});

/**
 * Chromium's fake camera plays a Y4M file. The fixture scan is decoded by the browser itself
 * (canvas) and written as one I420 frame: a still document under the camera, no ffmpeg needed.
 */
async function y4mOf(page: Page, jpeg: Buffer): Promise<Buffer> {
  const frame = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${b64}`)).blob());
    const w = bitmap.width & ~1;
    const h = bitmap.height & ~1;
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const rgba = ctx.getImageData(0, 0, w, h).data;
    const out = new Uint8Array(w * h * 1.5);
    for (let i = 0; i < w * h; i++) out[i] = (0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!) | 0;
    for (let y = 0; y < h / 2; y++)
      for (let x = 0; x < w / 2; x++) {
        const i = (y * 2 * w + x * 2) * 4;
        const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
        out[w * h + y * (w / 2) + x] = (128 - 0.169 * r - 0.331 * g + 0.5 * b) | 0;
        out[w * h * 1.25 + y * (w / 2) + x] = (128 + 0.5 * r - 0.419 * g - 0.081 * b) | 0;
      }
    let s = '';
    for (const c of out) s += String.fromCharCode(c);
    return { w, h, data: btoa(s) };
  }, jpeg.toString('base64'));
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${frame.w} H${frame.h} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), Buffer.from(frame.data, 'base64')]);
}

describe('the document camera', () => {
  it('captures a page from the camera with Space', async () => {
    const helper = await desks.blankPage();
    const video = await y4mOf(helper, readFileSync(BANK_CARD));
    await helper.close();
    const file = path.join(tmpdir(), `onetrip-counter-camera-${process.pid}.y4m`);
    writeFileSync(file, video);
    const cameraBrowser = await launchBrowser(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${file}`]);
    try {
      const context = await newWorkstation(cameraBrowser, inject('baseURL'));
      const page = await signInAt(context, 'clerk01');
      const counter = new CounterPage(page);
      await counter.lookUp(RENT.idNumber);
      await counter.chooseBusiness('租房', /租房提取/);
      await counter.checklist.waitFor();
      await page.getByTestId('camera-button').click();
      await expect.poll(() => page.getByTestId('camera-capture').isEnabled(), { timeout: 15_000 }).toBe(true);
      await screenshot(page, 'counter-12-camera.zh-CN.png');
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: '完成' }).click();
      await expect.poll(() => counter.pageTile(1).getAttribute('data-status'), { timeout: 60_000 }).toBe('ready');
      await context.close();
    } finally {
      await cameraBrowser.close();
      rmSync(file, { force: true });
    }
  });
});
