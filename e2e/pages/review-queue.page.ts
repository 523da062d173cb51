import type { Locator, Page } from 'playwright-core';

/** The reviewer's landing page: queue cards, filters, the task grid, claim next. */
export class ReviewQueuePage {
  readonly heading: Locator;
  readonly queueCards: Locator;
  readonly grid: Locator;
  readonly claimNextButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.queueCards = page.getByTestId('queue-card');
    this.grid = page.getByRole('grid');
    this.claimNextButton = page.getByRole('button', { name: /领取下一件|Claim next/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/review');
    await this.heading.waitFor();
  }

  async waitForRows(): Promise<void> {
    await this.grid.getByRole('row').nth(1).waitFor();
  }

  /** The one key a reviewer presses to take the most urgent task. */
  async pressClaimNext(): Promise<void> {
    await this.page.locator('body').press('n');
  }

  /** Scrolls the task list up into view, its filters above it (the queue cards fill a first screen). */
  async showList(): Promise<void> {
    await this.grid.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  }

  row(receiptNo: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: receiptNo });
  }
}
