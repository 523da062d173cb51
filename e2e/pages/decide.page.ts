import type { Locator, Page } from 'playwright-core';

/** The decide screen (/review/tasks/:taskId): materials left, application right, the task bar on top. */
export class DecidePage {
  readonly receiptNo: Locator;
  readonly status: Locator;
  readonly approveButton: Locator;
  readonly confirmApprove: Locator;
  readonly claimButton: Locator;
  readonly fourEyes: Locator;
  readonly claimedByOther: Locator;
  readonly letterIssued: Locator;
  readonly ruleChecks: Locator;
  readonly autoNext: Locator;
  readonly contractWindow: Locator;
  readonly contractDate: Locator;
  readonly bookContractButton: Locator;
  readonly contractBooked: Locator;
  readonly loanComputation: Locator;

  constructor(readonly page: Page) {
    this.receiptNo = page.getByTestId('receipt-no');
    this.status = page.getByTestId('application-status');
    this.approveButton = page.getByTestId('approve');
    this.confirmApprove = page.getByTestId('confirm-approve');
    this.claimButton = page.getByTestId('claim');
    this.fourEyes = page.getByTestId('four-eyes');
    this.claimedByOther = page.getByTestId('claimed-by-other');
    this.letterIssued = page.getByTestId('letter-issued');
    this.ruleChecks = page.getByTestId('rule-checks');
    this.autoNext = page.getByLabel(/自动领取下一件|claim the next task/);
    const contract = page.getByTestId('contract-booking');
    this.contractWindow = contract.getByRole('combobox', { name: /受托银行窗口|Bank window/ });
    this.contractDate = contract.getByLabel(/签约日期|Signing day/);
    this.bookContractButton = contract.getByRole('button', { name: /预约签约|Book the signing/ });
    this.contractBooked = page.getByTestId('contract-booked');
    this.loanComputation = page.getByTestId('loan-computation');
  }

  async waitUntilShown(): Promise<void> {
    await this.receiptNo.waitFor();
  }

  taskId(): string {
    return decodeURIComponent(new URL(this.page.url()).pathname.split('/').pop() ?? '');
  }

  async statusCode(): Promise<string | null> {
    return this.status.getAttribute('data-status');
  }

  /** Stay on the decided task afterwards (the spec looks at what happened to it). */
  async keepTaskAfterDecision(): Promise<void> {
    if (await this.autoNext.isChecked()) await this.autoNext.click();
  }

  /** A, then Enter: the routine approval by keyboard. */
  async approveByKeyboard(): Promise<void> {
    await this.page.locator('body').press('a');
    await this.confirmApprove.waitFor();
    await this.page.keyboard.press('Enter');
    await this.confirmApprove.waitFor({ state: 'detached' });
  }

  /** Picks the first bank window the list offers and returns its name as shown. */
  async chooseFirstContractWindow(): Promise<string> {
    await this.contractWindow.click();
    // Office names head the groups (MUI gives them the option role too); a window reads "… 号窗口" / "window N".
    const option = this.page.getByRole('option').filter({ hasText: /号窗口|window \d/ }).first();
    const name = (await option.textContent()) ?? '';
    await option.click();
    return name;
  }

  /** R, tick the named materials, send. */
  async returnFor(materialNames: readonly string[], note: string): Promise<void> {
    await this.page.locator('body').press('r');
    const dialog = this.page.getByRole('dialog');
    for (const name of materialNames) await dialog.getByRole('checkbox', { name }).check();
    await dialog.getByLabel(/其他需补正的内容|Anything else/).fill(note);
    await dialog.getByRole('button', { name: /^退回（|^Return \(/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
