// One Chromium per spec file and a fresh workstation (browser context) per signed-in person,
// closed after the file: the scaffolding every page-driving spec shares.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ShellPage } from '../pages/shell.page';
import { SignInPage } from '../pages/sign-in.page';
import { launchBrowser, newWorkstation } from './browser';
import { DEMO_PASSWORD } from './api-seed';

export interface Workstations {
  /** A new workstation where `username` has signed in (optionally choosing English first). */
  signedIn(username: string, language?: 'zh-CN' | 'en'): Promise<Page>;
  /** A page in a new workstation where nobody has signed in (for work done in the browser itself). */
  blankPage(): Promise<Page>;
}

/** Signs `username` in on a new page of `context` (any browser, e.g. one with a fake camera). */
export async function signInAt(context: BrowserContext, username: string, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  if (language === 'en') await signIn.switchLanguage('English');
  await signIn.signIn(username, DEMO_PASSWORD);
  await new ShellPage(page).waitUntilShown();
  return page;
}

export function useWorkstations(): Workstations {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });
  const workstation = async (): Promise<BrowserContext> => {
    if (!browser) throw new Error('the browser is not running (use inside a test)');
    const context = await newWorkstation(browser, inject('baseURL'));
    contexts.push(context);
    return context;
  };
  return {
    async signedIn(username, language = 'zh-CN') {
      return signInAt(await workstation(), username, language);
    },
    async blankPage() {
      return (await workstation()).newPage();
    },
  };
}
