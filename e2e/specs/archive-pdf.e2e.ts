// An application's archive PDF in Debian Chromium's built-in PDF viewer (PDFium): it loads with
// its page count, Chromium paints the cover's Chinese (two archives differing only in the
// applicant's name render differently — with a broken CJK font subset both painted blank there,
// see docs/decisions/0005), and the viewer's own text extraction finds the Chinese phrase of
// the invisible OCR layer. The archives come from imaging's buildArchivePdf (the same builder
// the API's archive.build job runs after acceptance) through imaging/scripts/sample-archive.ts
// (run as a process: e2e imports no package source) and are served by a small server in this file.
// pdf.js reading the same layer is imaging/src/archive/archive-text-layer.test.ts.
// Chromium ≥ 132's --headless is the full browser, PDF viewer included; no Xvfb needed.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, VIEWPORT } from '../support/browser';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

let browser: Browser;
let server: Server;
let base: string;
let phrase: string;
const pdfs = new Map<string, Buffer>();

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'onetrip-e2e-archive-'));
  // tsx resolves from api/, which depends on it
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(REPO, 'imaging/scripts/sample-archive.ts'), out, '杨海燕', '李海燕'], { cwd: join(REPO, 'api') });
  const built = JSON.parse(stdout) as { phrase: string; files: Record<string, string> };
  phrase = built.phrase;
  for (const [name, file] of Object.entries(built.files)) pdfs.set(encodeURIComponent(name), await readFile(file));
  server = createServer((req, res) => {
    const pdf = pdfs.get((req.url ?? '').slice(1));
    if (!pdf) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pdf.length }).end(pdf);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens an applicant's archive in the viewer; returns the page and the viewer's extension frame. */
async function openInViewer(applicant: string): Promise<{ page: Page; viewer: Frame }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${base}/${encodeURIComponent(applicant)}`);
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(true);
  const viewer = page.frames().find((f) => f.url().startsWith('chrome-extension://'))!;
  // loaded: the page selector names the document's length
  await viewer.locator('viewer-page-selector').waitFor();
  return { page, viewer };
}

/** "/N" from the viewer's page selector (its text sits in the element's shadow root). */
function pageCountShown(viewer: Frame): Promise<string> {
  return viewer.locator('viewer-page-selector').evaluate((e) => (e.shadowRoot?.textContent ?? '').replace(/\s/g, ''));
}

/** Near-black pixels (text, QR code) in a screenshot, counted by the browser's own PNG decoder. */
function inkOf(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 60) dark++;
    return dark;
  }, png.toString('base64'));
}

/** The viewer paints progressively: a screenshot once two in a row agree. */
async function settledScreenshot(page: Page): Promise<Buffer> {
  let last = await page.screenshot();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const next = await page.screenshot();
    if (next.equals(last)) return next;
    last = next;
  }
  return last;
}

describe('archive PDF in Chromium’s PDF viewer', () => {
  it('loads with its page count and paints the cover’s Chinese', async () => {
    const a = await openInViewer('杨海燕');
    await expect.poll(() => pageCountShown(a.viewer)).toBe('/2');
    // ink on the page, not an empty viewer: wait for it, then for the painting to settle
    await expect.poll(async () => inkOf(a.page, await a.page.screenshot()), { timeout: 30_000 }).toBeGreaterThan(2000);
    const shotA = await settledScreenshot(a.page);

    const b = await openInViewer('李海燕');
    await expect.poll(() => pageCountShown(b.viewer)).toBe('/2');
    await expect.poll(async () => inkOf(b.page, await b.page.screenshot()), { timeout: 30_000 }).toBeGreaterThan(2000);
    const shotB = await settledScreenshot(b.page);
    // the two archives differ only in one Chinese character of the applicant's name
    expect(shotA.equals(shotB)).toBe(false);
    await screenshot(a.page, 'archive-pdf-chromium-viewer.png');
    await a.page.close();
    await b.page.close();
  });

  it('finds the Chinese phrase of the invisible OCR layer through the viewer’s own text extraction', async () => {
    const { page, viewer } = await openInViewer('杨海燕');
    // the viewer's plugin controller (Chromium's pdf viewer internals, not a web API): select
    // all and read the selection back, as Ctrl+A / Ctrl+C would (again until the document is in)
    const selectAllText = () =>
      viewer.evaluate(async () => {
        const controller = (document.querySelector('pdf-viewer') as unknown as { currentController?: { selectAll(): void; getSelectedText(): Promise<{ selectedText: string }> } }).currentController;
        if (!controller) return '';
        controller.selectAll();
        return (await controller.getSelectedText()).selectedText;
      });
    await expect.poll(selectAllText, { timeout: 30_000 }).toContain(phrase);
    expect(await selectAllText()).toContain('申请人：杨海燕');
    await page.close();
  });
});
