import type { Locator, Page } from 'playwright-core';

export class SignInPage {
  readonly heading: Locator;
  readonly error: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submitButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.error = page.getByTestId('sign-in-error');
    this.username = page.locator('input[name="username"]');
    this.password = page.locator('input[name="password"]');
    this.submitButton = page.locator('form button[type="submit"]');
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await this.heading.waitFor();
  }

  /** Types like a clerk does: username, password, Enter. */
  async signIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.password.press('Enter');
  }

  /** Each choice is labelled in its own language: 中文 / English. */
  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }
}
