import type { Download, Locator, Page } from 'playwright-core';

/** The counter workspace (web/src/features/counter), as a clerk works it. */
export class CounterPage {
  readonly idInput: Locator;
  readonly applicant: Locator;
  readonly checklist: Locator;
  readonly fileInput: Locator;
  readonly acceptButton: Locator;
  readonly noticeButton: Locator;
  readonly receipt: Locator;
  readonly blockers: Locator;

  constructor(readonly page: Page) {
    this.idInput = page.getByTestId('id-number-input');
    this.applicant = page.getByTestId('applicant-view');
    this.checklist = page.getByTestId('checklist');
    this.fileInput = page.getByTestId('file-input');
    this.acceptButton = page.getByTestId('accept-button');
    this.noticeButton = page.getByTestId('notice-button');
    this.receipt = page.getByTestId('receipt');
    this.blockers = page.getByTestId('blockers');
  }

  appointment(name: string): Locator {
    return this.page.locator('[data-testid^="appointment-"]').filter({ hasText: name });
  }

  /** Checks the booked applicant in when they are on today's list; otherwise serves them as a walk-in. */
  async callIn(name: string, idNumber: string): Promise<'booked' | 'walk-in'> {
    await this.page.getByTestId('today-counts').waitFor();
    const row = this.appointment(name);
    if (await row.count()) {
      await row.getByRole('button').click();
      await this.applicant.waitFor();
      return 'booked';
    }
    await this.lookUp(idNumber);
    return 'walk-in';
  }

  async lookUp(idNumber: string): Promise<void> {
    await this.idInput.fill(idNumber);
    await this.idInput.press('Enter');
    await this.applicant.waitFor();
  }

  async chooseBusiness(query: string, optionText: RegExp): Promise<void> {
    const input = this.page.getByTestId('business-input');
    if ((await input.inputValue()).match(optionText)) return;
    await input.fill(query);
    await this.page.getByRole('option', { name: optionText }).click();
  }

  /** Answers every conditional question; `yes` lists the facts answered yes (by their label text). */
  async answerQuestions(yes: readonly RegExp[] = []): Promise<void> {
    const groups = this.page.getByTestId('questions').getByRole('group');
    for (let i = 0; i < (await groups.count()); i++) {
      const group = groups.nth(i);
      const label = (await group.getAttribute('aria-label')) ?? '';
      const choice = yes.some((r) => r.test(label)) ? /^(是|Yes)$/ : /^(否|No)$/;
      await group.getByRole('button', { name: choice }).click();
      await this.page.waitForLoadState('networkidle');
    }
  }

  material(id: string): Locator {
    return this.page.getByTestId(`material-${id}`);
  }

  pageTile(n: number): Locator {
    return this.page.getByTestId(`page-${n}`);
  }

  async upload(files: string[] | { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.fileInput.setInputFiles(files);
  }

  /** Confirms every uncertain field with the keyboard: focus, Enter. */
  async confirmUncertainFields(): Promise<number> {
    let confirmed = 0;
    for (;;) {
      const pending = this.page.locator('[data-testid="fields"] input[data-pending="true"]');
      if (!(await pending.count())) return confirmed;
      await pending.first().focus();
      await pending.first().press('Enter');
      confirmed++;
    }
  }

  async fillDetails(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.page.getByTestId(`detail-${name}`).fill(value);
  }

  /** Picks a listed detail (a loan's repayment method, yes or no) by the option's text. */
  async chooseDetail(name: string, option: RegExp): Promise<void> {
    await this.page.getByTestId(`detail-${name}`).locator('xpath=..').getByRole('combobox').click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Assigns page `n` to the checklist material named `material`. */
  async assign(n: number, material: string): Promise<void> {
    await this.pageTile(n).getByRole('combobox').click();
    await this.page.getByRole('option', { name: material, exact: true }).click();
  }

  /** The checklist lines that need paper (ask the questions first): material id and the name shown. */
  async requiredMaterials(): Promise<{ id: string; name: string }[]> {
    return this.checklist.locator('tr[data-status="required"]').evaluateAll((rows) =>
      rows.map((r) => ({ id: (r.getAttribute('data-testid') ?? '').replace('material-', ''), name: r.querySelector('td')?.textContent?.trim() ?? '' })),
    );
  }

  async download(action: () => Promise<void>): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), action()]);
    return download;
  }
}
