// Debian's Chromium driven by playwright-core (never `playwright install`; see stack.md).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const VIEWPORT = { width: 1440, height: 900 } as const;

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots', import.meta.url));

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `extraArgs`: e.g. Chromium's fake camera for the counter's document-camera path. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...ARGS, ...extraArgs] });
}

/** A fresh workstation: no cookies, no saved language, a desk in Beijing. */
export function newWorkstation(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

/** A screenshot for docs/screenshots, with transitions finished (a floating label mid-flight looks like a bug). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), animations: 'disabled', fullPage: options.fullPage ?? false });
}
