import type { Locator, Page } from 'playwright-core';

/** The developer inbox (/dev/inbox): the simulated SMS / WeChat gateways' messages. */
export class DevInboxPage {
  readonly heading: Locator;
  readonly mobile: Locator;
  readonly messages: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.mobile = page.getByLabel(/按手机号筛选|Filter by mobile number/);
    this.messages = page.getByTestId('dev-inbox-message');
  }

  async goto(): Promise<void> {
    await this.page.goto('/dev/inbox');
    await this.heading.waitFor();
  }

  /** The row whose text mentions `text` (a receipt number, a code). */
  messageMentioning(text: string): Locator {
    return this.messages.filter({ hasText: text });
  }
}
