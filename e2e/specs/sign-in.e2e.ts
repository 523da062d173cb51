// Signing in and the workbench shell, for each of the five roles of the demo center.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ShellPage } from '../pages/shell.page';
import { SignInPage } from '../pages/sign-in.page';
import { StaffAccountsPage } from '../pages/staff-accounts.page';
import { launchBrowser, newWorkstation, screenshot } from '../support/browser';

const PASSWORD = 'onetrip-demo';

/** Demo staff as seeded by the API (api/src/seed/organisation.ts). */
const PEOPLE = [
  { username: 'clerk01', name: '王丽娟', role: '柜员', place: '道里管理部 · 中国工商银行 1 号窗口', nav: ['柜台首页'], heading: '柜台受理', path: '/counter' },
  { username: 'reviewer01', name: '马春燕', role: '审核员', place: '道里管理部', nav: ['审核首页'], heading: '审核工作台', path: '/review' },
  { username: 'approver01', name: '郑国庆', role: '审批员', place: '道里管理部', nav: ['审核首页'], heading: '审核工作台', path: '/review' },
  { username: 'supervisor01', name: '唐志强', role: '监督员', place: '道里管理部', nav: ['监督首页', '业务量', '预约情况', '人员工作量', '资金划转', '审计查询'], heading: '时限看板', path: '/supervision' },
  { username: 'admin01', name: '董丽', role: '系统管理员', place: '道里管理部', nav: ['人员账号', '政策与日历'], heading: '人员账号', path: '/admin/staff' },
] as const;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await newWorkstation(browser, inject('baseURL'));
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

const activeText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function signInAs(username: string): Promise<ShellPage> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(username, PASSWORD);
  const shell = new ShellPage(page);
  await shell.waitUntilShown();
  return shell;
}

describe('sign-in page', () => {
  it('is in Chinese by default and in English on request, and remembers the choice', async () => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await signIn.heading.textContent()).toBe('工作人员登录');
    // The username field has the focus: a clerk can type straight away.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
    await screenshot(page, 'sign-in.zh-CN.png');

    await signIn.switchLanguage('English');
    await expect.poll(() => signIn.heading.textContent()).toBe('Staff sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expect.poll(() => signIn.heading.textContent()).toBe('Staff sign-in');
    await screenshot(page, 'sign-in.en.png');
  });

  it('refuses a wrong password with a translated message and keeps the username', async () => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn('reviewer08', 'not-the-password');
    await expect.poll(() => signIn.error.textContent()).toBe('用户名或密码不正确。');
    expect(await signIn.username.inputValue()).toBe('reviewer08');
    expect(await signIn.password.inputValue()).toBe('');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('checks the form before sending it', async () => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.password.press('Enter');
    await page.getByText('请输入用户名。').waitFor();
    await page.getByText('请输入密码。').waitFor();
  });
});

describe('each role', () => {
  for (const person of PEOPLE) {
    it(`${person.username} sees who they are, where, and the pages of a ${person.role}`, async () => {
      const shell = await signInAs(person.username);
      expect(new URL(page.url()).pathname).toBe(person.path);
      expect(await shell.name.textContent()).toBe(person.name);
      expect(await shell.role.textContent()).toBe(person.role);
      expect(await shell.place.textContent()).toBe(person.place);
      expect(await shell.navLabels()).toEqual([...person.nav]);
      expect(await shell.heading.textContent()).toBe(person.heading);
      if (person.username === 'admin01') await new StaffAccountsPage(page).waitUntilShown();
      await screenshot(page, `shell.${person.username.replace(/\d+$/, '')}.zh-CN.png`);
    });
  }

  it('a clerk cannot open the staff accounts page: it lands on the counter', async () => {
    await signInAs('clerk03');
    await page.goto('/admin/staff');
    await new ShellPage(page).waitUntilShown();
    expect(new URL(page.url()).pathname).toBe('/counter');
  });
});

describe('the shell', () => {
  it('switches to English entirely, names from the API included', async () => {
    const shell = await signInAs('clerk01');
    await shell.switchLanguage('English');
    await expect.poll(() => shell.heading.textContent()).toBe('Counter');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await shell.role.textContent()).toBe('Counter clerk');
    expect(await shell.place.textContent()).toBe('Daoli Office · Industrial and Commercial Bank of China, window 1');
    expect(await shell.navLabels()).toEqual(['Counter']);
    // The counter workspace itself is in English too (its day list is titled "Today").
    await page.getByText('Today', { exact: true }).first().waitFor();
    await screenshot(page, 'shell.clerk.en.png');
  });

  it('signs out to the sign-in page, and the session is gone', async () => {
    const shell = await signInAs('supervisor01');
    await shell.signOut();
    const signIn = new SignInPage(page);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await page.getByText('您已安全退出。').waitFor();
    await page.goto('/supervision');
    await signIn.heading.waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('after sign-in returns to the page the person was going to', async () => {
    await page.goto('/admin/staff');
    const signIn = new SignInPage(page);
    await signIn.heading.waitFor();
    await signIn.signIn('admin02', PASSWORD);
    await new StaffAccountsPage(page).waitUntilShown();
    expect(new URL(page.url()).pathname).toBe('/admin/staff');
  });
});

describe('keyboard', () => {
  it('offers a skip link first, then the top bar, then the menu', async () => {
    await signInAs('reviewer02');
    await page.keyboard.press('Tab');
    expect(await activeText()).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

    // From the top of a freshly loaded page (the queue page itself is keyboard-driven inside main).
    await page.reload();
    await new ShellPage(page).heading.waitFor();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await activeText());
    }
    // The language switch is one stop; the arrow keys move within it.
    expect(order).toEqual(['跳到主要内容', '中文', '退出登录', '审核首页']);
  });

  it('switches the language from the keyboard', async () => {
    await signInAs('reviewer02');
    await page.getByRole('banner').getByRole('button', { name: '中文', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await activeText()).toBe('English');
    await page.keyboard.press('Enter');
    await expect.poll(() => new ShellPage(page).heading.textContent()).toBe('Review workbench');
  });
});

describe('lockout and unlock', () => {
  it('locks an account after repeated failures, says until when, and an admin unlocks it', async () => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn.signIn('clerk02', `wrong-${attempt}`);
      await signIn.error.waitFor();
      await expect.poll(() => signIn.submitButton.isEnabled()).toBe(true);
    }
    await expect.poll(() => signIn.error.textContent()).toMatch(/^登录失败次数过多，账号已锁定至 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}（北京时间）/);
    await screenshot(page, 'sign-in.locked.zh-CN.png');

    await signIn.signIn('admin01', PASSWORD);
    const staff = new StaffAccountsPage(page);
    await staff.waitUntilShown();
    const row = staff.row('clerk02');
    await expect.poll(() => row.textContent()).toMatch(/锁定至/);
    await screenshot(page, 'staff-accounts.admin.zh-CN.png');

    await staff.unlock('clerk02');
    await expect.poll(() => row.textContent()).toMatch(/正常/);
    await page.getByText('已解锁 clerk02').waitFor();

    await new ShellPage(page).signOut();
    await signIn.heading.waitFor();
    await signIn.signIn('clerk02', PASSWORD);
    await new ShellPage(page).waitUntilShown();
    expect(new URL(page.url()).pathname).toBe('/counter');
  });
});
