// A reviewer at a workstation in Debian's Chromium, against the running app: the e2e suite's
// browser, workstation and page objects, and a log of the tRPC requests each measured step made
// (how many, and how long the slowest took on the server's side of the wire).
import type { Browser, Page, Request } from 'playwright-core';
import { DEMO_PASSWORD } from '../../e2e/support/api-seed';
import { launchBrowser, newWorkstation } from '../../e2e/support/browser';
import { DecidePage } from '../../e2e/pages/decide.page';
import { ReviewQueuePage } from '../../e2e/pages/review-queue.page';
import { ShellPage } from '../../e2e/pages/shell.page';
import { SignInPage } from '../../e2e/pages/sign-in.page';

export interface StepSample {
  /** navigation or key press until the awaited elements are visible */
  readonly ms: number;
  /** tRPC requests the step sent (a batch counts once) and the procedures in them */
  readonly requests: number;
  readonly procedures: readonly string[];
  /** the longest single tRPC request of the step, request sent → response complete */
  readonly slowestApiMs: number;
}

export class ReviewerSession {
  private readonly inFlight: Request[] = [];

  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
  ) {
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/trpc/')) this.inFlight.push(r);
    });
  }

  static async signIn(baseURL: string, username: string): Promise<ReviewerSession> {
    const browser = await launchBrowser();
    try {
      const page = await (await newWorkstation(browser, baseURL)).newPage();
      const signIn = new SignInPage(page);
      await signIn.goto();
      await signIn.signIn(username, DEMO_PASSWORD);
      await new ShellPage(page).waitUntilShown();
      return new ReviewerSession(browser, page);
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  /** The queue page from its address: queue cards and the first task row of the list visible. */
  async openQueue(): Promise<StepSample> {
    const queue = new ReviewQueuePage(this.page);
    return this.step(async () => {
      await this.page.goto('/review');
      await queue.queueCards.first().waitFor();
      await queue.waitForRows();
    });
  }

  /** On the queue, the claim-next key: the decide screen with its material viewer and rule checks. */
  async claimNext(): Promise<StepSample> {
    const queue = new ReviewQueuePage(this.page);
    const decide = new DecidePage(this.page);
    const viewer = this.page.getByTestId('viewer-page').or(this.page.getByTestId('viewer-empty'));
    return this.step(async () => {
      await queue.pressClaimNext();
      await this.page.waitForURL(/\/review\/tasks\//);
      await decide.receiptNo.waitFor();
      await viewer.first().waitFor();
      await decide.ruleChecks.waitFor();
    });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  private async step(run: () => Promise<void>): Promise<StepSample> {
    this.inFlight.length = 0;
    const t0 = performance.now();
    await run();
    const ms = performance.now() - t0;
    const requests = [...this.inFlight];
    const timings = await Promise.all(
      requests.map(async (r) => {
        const response = await r.response();
        if (!response) return null;
        await response.finished();
        return r.timing();
      }),
    );
    const slowestApiMs = Math.max(0, ...timings.map((t) => (t && t.responseEnd > 0 ? t.responseEnd - t.requestStart : 0)));
    const procedures = requests.flatMap((r) => decodeURIComponent(new URL(r.url()).pathname.slice('/trpc/'.length)).split(','));
    return { ms, requests: requests.length, procedures, slowestApiMs };
  }
}
