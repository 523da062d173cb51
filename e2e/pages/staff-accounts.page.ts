import type { Locator, Page } from 'playwright-core';

export class StaffAccountsPage {
  readonly grid: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid');
    this.summary = page.getByTestId('staff-summary');
  }

  async waitUntilShown(): Promise<void> {
    await this.grid.getByRole('row').nth(1).waitFor();
  }

  /** The grid renders only the rows in view: use accounts of the first office, listed first. */
  row(username: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell', { name: username, exact: true }) });
  }

  async unlock(username: string): Promise<void> {
    await this.page.getByRole('button', { name: `解锁 ${username}` }).click();
  }
}
