// The counter's screenshots for docs/screenshots, every step in zh-CN and in English: today's
// appointments, check-in with the account, business and checklist, the shared-data evidence,
// capture with a quality warning, the one-time notice, fields confirmation, ready, the receipt,
// and the bad-input messages. A script more than a test: it checks only that each step is
// reached, and it files real applications for two booked demo people (a rent withdrawal in
// Chinese, a housing loan in English) that counter.e2e.ts and review.e2e.ts also file, so it runs
// only when asked, on a fresh app of its own:
//   COUNTER_SCREENSHOTS=1 pnpm exec vitest run --project e2e e2e/specs/counter-screenshots.e2e.ts
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CounterPage } from '../pages/counter.page';
import { idNumberOf, SCENARIO_PEOPLE } from '../support/api-seed';
import { screenshot } from '../support/browser';
import { useWorkstations } from '../support/workstations';

const FIXTURES = fileURLToPath(new URL('../../imaging/fixtures/', import.meta.url));
const SCAN = {
  id_card_front: `${FIXTURES}001-id-front/input.jpg`,
  bank_card: `${FIXTURES}015-bank-card/input.jpg`,
  rental_contract: `${FIXTURES}020-rental-contract/input.jpg`,
  purchase_contract: `${FIXTURES}031-purchase-contract/input.jpg`,
  other: `${FIXTURES}038-property-certificate/input.jpg`,
} as const;
const scanFor = (materialId: string): string => (materialId in SCAN ? SCAN[materialId as keyof typeof SCAN] : SCAN.other);

interface Walk {
  readonly lang: 'zh-CN' | 'en';
  /** a demo person booked today at clerk01's window (api/src/seed/appointments.seed.ts) */
  readonly person: { readonly name: string; readonly idNumber: string };
  readonly business: { readonly query: string; readonly option: RegExp };
  /** questions answered yes, by their label */
  readonly yes: readonly RegExp[];
  readonly details: Readonly<Record<string, string>>;
  /** typed only when OCR did not fill them */
  readonly unlessRead: Readonly<Record<string, string>>;
  readonly choices: Readonly<Record<string, RegExp>>;
  readonly deleteLabel: RegExp;
}

const WALKS: readonly Walk[] = [
  {
    lang: 'zh-CN',
    person: { name: SCENARIO_PEOPLE.rentEligible.name, idNumber: idNumberOf('rentEligible') },
    business: { query: '租房', option: /租房提取/ },
    yes: [/超过/],
    details: { mobile: '13800138000', amount: '1000' },
    unlessRead: { rent: '1500', leaseStart: '2026-09-01', leaseEnd: '2027-08-31' },
    choices: {},
    deleteLabel: /删除/,
  },
  {
    lang: 'en',
    person: { name: SCENARIO_PEOPLE.loanApplicant.name, idNumber: idNumberOf('loanApplicant') },
    business: { query: 'home-purchase loan', option: /Provident-fund home-purchase loan/ },
    yes: [/married/i],
    details: { mobile: '13900139000', amount: '200000', housePrice: '1000000', termMonths: '240', monthlyIncome: '15000' },
    unlessRead: {},
    choices: { home: /First home/, repaymentMethod: /Equal instalments/, borrowers: /Applicant alone/ },
    deleteLabel: /Delete/,
  },
];

/** A scan as a careless camera takes it (dark and out of focus), made by the browser's own canvas. */
async function degraded(page: Page, jpeg: Buffer): Promise<Buffer> {
  const b64 = await page.evaluate(async (src) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${src}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.filter = 'blur(2px) brightness(45%)';
    ctx.drawImage(bitmap, 0, 0);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
    let s = '';
    for (const c of bytes) s += String.fromCharCode(c);
    return btoa(s);
  }, jpeg.toString('base64'));
  return Buffer.from(b64, 'base64');
}

const shot = (page: Page, lang: Walk['lang'], step: string) => screenshot(page, `counter-${step}.${lang}.png`);

describe.runIf(process.env.COUNTER_SCREENSHOTS === '1')('counter screenshots', () => {
  const desks = useWorkstations();

  for (const walk of WALKS) {
    it(`walks the counter in ${walk.lang}`, { timeout: 600_000 }, async () => {
      const page = await desks.signedIn('clerk01', walk.lang);
      const counter = new CounterPage(page);
      const { lang } = walk;

      await page.getByTestId('today-counts').waitFor();
      await expect.poll(() => counter.appointment(walk.person.name).count()).toBe(1);
      await shot(page, lang, '01-today');

      expect(await counter.callIn(walk.person.name, walk.person.idNumber)).toBe('booked');
      await expect.poll(() => counter.applicant.innerText()).toContain(walk.person.name);
      await shot(page, lang, '02-checked-in-account');

      await counter.chooseBusiness(walk.business.query, walk.business.option);
      await counter.checklist.waitFor();
      await counter.answerQuestions(walk.yes);
      await expect.poll(() => counter.checklist.locator('tr[data-status="ask"]').count()).toBe(0);
      await expect.poll(() => page.getByTestId('waived').count()).toBeGreaterThan(0);
      await shot(page, lang, '03-checklist');
      await page.getByTestId('waived').first().click();
      await page.getByTestId('evidence').waitFor();
      await shot(page, lang, '04-evidence');
      await page.keyboard.press('Escape');
      await page.getByTestId('evidence').waitFor({ state: 'detached' });
      // Focus went back to the chip that opened the dialog: a ring the later pictures need not show.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      // Capture: a clean scan beside a poor camera shot; the warning shows on the thumbnail.
      const needed = await counter.requiredMaterials();
      expect(needed.length).toBeGreaterThan(0);
      await counter.upload([SCAN.id_card_front]);
      await counter.upload([{ name: 'camera-dark.jpg', mimeType: 'image/jpeg', buffer: await degraded(page, readFileSync(SCAN.bank_card)) }]);
      for (const n of [1, 2]) await expect.poll(() => counter.pageTile(n).getAttribute('data-status'), { timeout: 90_000 }).toBe('ready');
      await expect.poll(() => counter.pageTile(2).getByTestId('quality').count()).toBe(1);
      await page.getByTestId('capture').scrollIntoViewIfNeeded();
      await shot(page, lang, '05-capture-warnings');

      // Something still missing: the one-time notice instead of a receipt.
      await counter.download(() => counter.noticeButton.click());
      await counter.noticeButton.scrollIntoViewIfNeeded();
      await shot(page, lang, '06-one-time-notice');

      // Neither page is for this checklist: both go.
      await counter.pageTile(1).getByRole('button', { name: walk.deleteLabel }).click();
      await counter.pageTile(1).getByRole('button', { name: walk.deleteLabel }).click();
      for (const [i, m] of needed.entries()) {
        await counter.upload([scanFor(m.id)]);
        await expect.poll(() => counter.pageTile(i + 1).getAttribute('data-status'), { timeout: 90_000 }).toBe('ready');
        await counter.assign(i + 1, m.name);
      }
      // The page richest in fields, with the field in focus boxed on the image.
      const withFields = Math.max(0, needed.findIndex((m) => m.id === 'rental_contract' || m.id === 'purchase_contract'));
      await counter.pageTile(withFields + 1).locator('button').first().click();
      await page.getByTestId('fields').waitFor();
      await page.locator('[data-testid="fields"] input').first().focus();
      await page.getByTestId('fields').scrollIntoViewIfNeeded();
      await shot(page, lang, '07-fields');

      for (let i = 1; i <= needed.length; i++) {
        await counter.pageTile(i).locator('button').first().click();
        await counter.confirmUncertainFields();
      }
      // The pointer rests where the last delete was: its tooltip has no place in the pictures.
      await page.mouse.move(1, 1);
      await page.getByRole('tooltip').waitFor({ state: 'detached' });
      await counter.fillDetails(walk.details);
      for (const [name, option] of Object.entries(walk.choices)) await counter.chooseDetail(name, option);
      for (const [name, value] of Object.entries(walk.unlessRead)) if (!(await page.getByTestId(`detail-${name}`).inputValue())) await counter.fillDetails({ [name]: value });
      await expect.poll(() => counter.acceptButton.isEnabled()).toBe(true);
      await counter.acceptButton.scrollIntoViewIfNeeded();
      await shot(page, lang, '08-ready');

      await counter.download(() => counter.acceptButton.click());
      await counter.receipt.waitFor();
      await expect.poll(() => counter.appointment(walk.person.name).innerText()).toMatch(/已办结|Done/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, lang, '09-receipt');

      // Bad input: a wrong check digit as typed, then a damaged file and a 200 MB one.
      await page.getByTestId('next-applicant').click();
      await counter.idInput.fill(`${walk.person.idNumber.slice(0, 17)}${walk.person.idNumber.endsWith('0') ? '1' : '0'}`);
      await expect.poll(() => page.getByTestId('applicant-view').count()).toBe(0);
      await shot(page, lang, '10-invalid-id');

      await counter.lookUp(walk.person.idNumber);
      await counter.chooseBusiness(walk.business.query, walk.business.option);
      await counter.checklist.waitFor();
      const dir = mkdtempSync(path.join(tmpdir(), 'onetrip-counter-shots-'));
      try {
        const huge = path.join(dir, 'scan-200mb.tif');
        const fd = openSync(huge, 'w');
        ftruncateSync(fd, 200 * 1024 * 1024);
        closeSync(fd);
        await counter.upload([{ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: readFileSync(SCAN.bank_card).subarray(0, 2000) }]);
        await counter.upload([huge]);
        await expect.poll(() => counter.pageTile(1).getAttribute('data-status'), { timeout: 60_000 }).toBe('failed');
        await expect.poll(() => counter.pageTile(2).getAttribute('data-status')).toBe('failed');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await page.getByTestId('capture').scrollIntoViewIfNeeded();
      await shot(page, lang, '11-bad-files');
    });
  }
});
