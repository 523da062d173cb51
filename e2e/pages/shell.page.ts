import type { Locator, Page } from 'playwright-core';

export class ShellPage {
  readonly name: Locator;
  readonly role: Locator;
  readonly place: Locator;
  readonly heading: Locator;
  readonly navigation: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByTestId('identity-name');
    this.role = page.getByTestId('identity-role');
    this.place = page.getByTestId('identity-place');
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.navigation = page.getByRole('navigation');
  }

  async waitUntilShown(): Promise<void> {
    await this.name.waitFor();
    await this.heading.waitFor();
  }

  async navLabels(): Promise<string[]> {
    return (await this.navigation.getByRole('link').allInnerTexts()).map((s) => s.trim());
  }

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: label, exact: true }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: /退出登录|Sign out/ }).click();
  }
}
