import type { Locator, Page } from 'playwright-core';

/** The public progress lookup (/progress), opened from a receipt's QR code. */
export class ProgressPage {
  readonly heading: Locator;
  readonly receiptNo: Locator;
  readonly idLast4: Locator;
  readonly submitButton: Locator;
  readonly error: Locator;
  readonly result: Locator;
  readonly status: Locator;
  readonly promisedOn: Locator;
  readonly historyItems: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.receiptNo = page.locator('input[name="receiptNo"]');
    this.idLast4 = page.locator('input[name="idLast4"]');
    this.submitButton = page.locator('form button[type="submit"]');
    this.error = page.getByTestId('progress-error');
    this.result = page.getByTestId('progress-result');
    this.status = page.getByTestId('progress-status');
    this.promisedOn = page.getByTestId('progress-promised-on');
    this.historyItems = page.getByTestId('progress-history').locator('li');
  }

  /** Opens what a QR code encodes (a whole address) on the app under test. */
  async openFromQr(qrUrl: string): Promise<void> {
    const url = new URL(qrUrl);
    await this.page.goto(`${url.pathname}${url.search}`);
    await this.heading.waitFor();
  }

  /** The last 4 of the ID number, then Enter, as someone on a phone does. */
  async lookUp(idLast4: string): Promise<void> {
    await this.idLast4.fill(idLast4);
    await this.idLast4.press('Enter');
  }

  /** The helper text under a field (its error once the form was checked), as the field announces it. */
  async helpOf(field: Locator): Promise<string> {
    const id = await field.getAttribute('aria-describedby');
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }
}
