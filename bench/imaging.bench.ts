// Imaging figures on the fixture corpus (issue 5): pages/min through cleanup + OCR with the
// pool against the native tesseract CLI (2 processes, OMP_THREAD_LIMIT=1, --psm 3, on the
// same input files, same run, interleaved: pool, native, native, pool), CER for both, field accuracy, one ID card from upload to
// fields, and a 12-page archive built from the corpus's A4 pages (realistic page sizes).
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  buildArchivePdf, characterErrorRate, createOcrPool, intakeFile, loadFixtures, readPage, type PageReading,
} from '@onetrip/imaging';
import type { BenchFigure, BenchSuite } from './figure';
import { refusalFigures } from './imaging-refusals';

const run = promisify(execFile);
const TODAY = '2026-11-22';

const AMOUNT_KEYS: Record<string, [string, string]> = {
  hospital_invoice: ['total', 'totalFen'],
  rental_contract: ['monthlyRent', 'monthlyRentFen'],
  purchase_contract: ['price', 'priceFen'],
};

/** CPU ms this process has used so far, all threads (the OCR workers are threads). */
const processCpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// Each CLI run goes through `sh`, which reads its own /proc stat after tesseract exits: the
// children's CPU time (cutime + cstime, in 1/100 s) is the native side's CPU, whatever else
// the shared machine is doing.
const NATIVE = 'tesseract "$1" stdout -l chi_sim+eng --psm 3; echo; echo "@@stat $(cat /proc/$$/stat)"';

async function nativeCli(inputs: string[]): Promise<{ ms: number; cpuMs: number; texts: string[] } | undefined> {
  try {
    await run('tesseract', ['--version']);
  } catch {
    return undefined;
  }
  const texts: string[] = new Array(inputs.length).fill('');
  const queue = inputs.map((p, i) => ({ p, i }));
  let cpuMs = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { stdout } = await run('sh', ['-c', NATIVE, 'sh', job.p], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 24 });
      const at = stdout.lastIndexOf('@@stat ');
      const fields = stdout.slice(stdout.lastIndexOf(') ', stdout.length) + 2).trim().split(' ');
      cpuMs += (Number(fields[13]) + Number(fields[14])) * 10;
      texts[job.i] = stdout.slice(0, at);
    }
  };
  await Promise.all([worker(), worker()]);
  return { ms: performance.now() - started, cpuMs, texts };
}

const suite: BenchSuite = async () => {
  const cases = loadFixtures();
  const truth = cases.map((c) => c.expected.text.join(''));
  const meanCer = (texts: string[]): number => texts.reduce((s, t, i) => s + characterErrorRate(truth[i]!, t), 0) / texts.length;
  // bad inputs first, while the process is idle (before the OCR pool's workers exist)
  const figures: BenchFigure[] = await refusalFigures();
  const pool = await createOcrPool({ size: Math.min(2, availableParallelism()) });
  try {
    const dir = await mkdtemp(join(tmpdir(), 'onetrip-bench-'));
    const paths = await Promise.all(cases.map(async (c) => {
      const p = join(dir, `${c.name}.jpg`);
      await writeFile(p, c.input);
      return p;
    }));
    const poolPass = async (): Promise<{ ms: number; cpuMs: number; readings: PageReading[] }> => {
      const started = performance.now();
      const cpu0 = processCpuMs();
      const readings = await Promise.all(cases.map((c) => readPage(pool, c.input, { today: TODAY })));
      return { ms: performance.now() - started, cpuMs: processCpuMs() - cpu0, readings };
    };
    // The machine is shared: whatever else runs falls on whichever phase it overlaps. Run
    // pool, native, native, pool (ABBA) so that a load that rises or falls during the bench
    // weighs on both sides alike, and judge the ratio on the sums of both passes.
    const load0 = loadavg()[0]!;
    const pool1 = await poolPass();
    const native1 = await nativeCli(paths);
    const native2 = native1 && (await nativeCli(paths));
    const pool2 = native2 ? await poolPass() : undefined;
    const loadRange = `load ${load0.toFixed(1)}→${loadavg()[0]!.toFixed(1)}`;
    const readings = pool1.readings;
    const pools = pool2 ? [pool1, pool2] : [pool1];
    const poolMs = pools.reduce((s, p) => s + p.ms, 0);
    const poolPages = cases.length * pools.length;
    const poolCpuPerPage = pools.reduce((s, p) => s + p.cpuMs, 0) / poolPages;
    const poolPpm = (poolPages / poolMs) * 60_000;
    const poolCer = meanCer(readings.map((r) => r.ocr.text));

    if (native1 && native2 && pool2) {
      const nativeMs = native1.ms + native2.ms;
      const nativePpm = ((2 * cases.length) / nativeMs) * 60_000;
      const nativeCer = meanCer(native1.texts);
      const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
      const pairs = `pool ${s(pool1.ms)}, native ${s(native1.ms)} = ${(native1.ms / pool1.ms).toFixed(2)}×; native ${s(native2.ms)}, pool ${s(pool2.ms)} = ${(native2.ms / pool2.ms).toFixed(2)}×`;
      const anchor = { label: 'native tesseract CLI ×2', value: nativePpm, unit: 'pages/min' };
      figures.push({ id: 'imaging.pool_pages_per_min', label: `cleanup + OCR pool throughput (pool, native, native, pool; ${loadRange})`, value: poolPpm, unit: 'pages/min', target: '≥ 1.0× native', pass: poolPpm >= nativePpm, anchor });
      figures.push({ id: 'imaging.throughput_ratio', label: `pool ÷ native throughput, both passes summed (pairs: ${pairs})`, value: poolPpm / nativePpm, unit: '×', target: '≥ 1.0', pass: poolPpm >= nativePpm, anchor });
      const nativeCpuPerPage = (native1.cpuMs + native2.cpuMs) / (2 * cases.length);
      figures.push({
        id: 'imaging.cpu_per_page', label: 'CPU per page, cleanup + OCR pool (load-independent; not the issue target)', value: poolCpuPerPage, unit: 'ms',
        target: 'info', pass: true, anchor: { label: 'native CLI CPU per page', value: nativeCpuPerPage, unit: 'ms' },
      });
      figures.push({ id: 'imaging.cer', label: 'character error rate (pool)', value: poolCer * 100, unit: '%', target: '≤ 0.7× native', pass: poolCer <= 0.7 * nativeCer, anchor: { label: 'native CER', value: nativeCer * 100, unit: '%' } });
    } else {
      figures.push({ id: 'imaging.pool_pages_per_min', label: 'cleanup + OCR pool throughput (native CLI not installed: comparison skipped)', value: poolPpm, unit: 'pages/min', target: 'skipped', pass: true });
      figures.push({ id: 'imaging.cer', label: 'character error rate (pool; native skipped)', value: poolCer * 100, unit: '%', target: 'skipped', pass: true });
    }

    const value = (i: number, key: string): unknown => readings[i]!.fields.find((f) => f.key === key)?.normalized;
    const ids = cases.flatMap((c, i) => (c.expected.kind === 'id_card_front' ? [value(i, 'idNumber') === c.expected.fields.idNumber] : []));
    const amounts = cases.flatMap((c, i) => {
      const keys = AMOUNT_KEYS[c.expected.kind];
      return keys ? [value(i, keys[0]) === c.expected.fields[keys[1]]] : [];
    });
    const share = (xs: boolean[]): number => (xs.filter(Boolean).length / xs.length) * 100;
    figures.push({ id: 'imaging.id_number_exact', label: `ID number exact (${ids.filter(Boolean).length}/${ids.length} ID fronts)`, value: share(ids), unit: '%', target: '≥ 98 %', pass: share(ids) >= 98 });
    figures.push({ id: 'imaging.amount_exact', label: `amount exact (${amounts.filter(Boolean).length}/${amounts.length} invoices and contracts)`, value: share(amounts), unit: '%', target: '≥ 95 %', pass: share(amounts) >= 95 });

    const card = cases.find((c) => c.expected.kind === 'id_card_front')!;
    const t0 = performance.now();
    const intake = await intakeFile(card.input);
    await readPage(pool, intake.pages[0]!.bytes, { today: TODAY });
    const cardMs = performance.now() - t0;
    figures.push({ id: 'imaging.id_card_to_fields', label: 'ID-card photo: upload → fields', value: cardMs, unit: 'ms', target: '≤ 1500 ms', pass: cardMs <= 1500 });

    // A real application's pages are mostly A4 scans (150–300 KB after cleanup), not cards.
    const twelve = readings.filter((r) => r.cleaned.layout === 'a4' && !r.cleaned.blank).slice(0, 12);
    const archiveInput = {
      receiptNumber: 'GJJ-2026-000123', applicantName: '张伟', businessType: '租房提取', clerk: 'bench', capturedAt: new Date('2026-11-22T00:00:00Z'),
      materials: twelve.map((r) => r.classification.kind),
      pages: twelve.map((r) => ({ image: r.cleaned.rendition.bytes, materialKind: r.classification.kind, ocr: r.ocr, dpi: Math.min(300, r.cleaned.capturedDpi) })),
    };
    // The API is long-lived: the first build in a process also reads and parses the 8 MB font
    // and warms the JIT; later builds do not. Both are shown; the target is judged on the
    // steady state (median of three builds after the first).
    const timed = async (): Promise<{ ms: number; pdf: Awaited<ReturnType<typeof buildArchivePdf>> }> => {
      const a0 = performance.now();
      const pdf = await buildArchivePdf(archiveInput);
      return { ms: performance.now() - a0, pdf };
    };
    const first = await timed();
    const later = [await timed(), await timed(), await timed()].map((b) => b.ms).sort((x, y) => x - y);
    const archiveMs = later[1]!;
    const { pdf } = first;
    const pagesBytes = twelve.reduce((s, r) => s + r.cleaned.rendition.bytes.length, 0);
    figures.push({
      id: 'imaging.archive_build_ms', label: '12-page archive build (steady state, median of 3)', value: archiveMs, unit: 'ms', target: '≤ 1000 ms', pass: archiveMs <= 1000,
      anchor: { label: 'first build in the process', value: first.ms, unit: 'ms' },
    });
    figures.push({
      id: 'imaging.archive_size_ratio', label: '12-page archive size ÷ page images', value: pdf.bytes.length / pagesBytes, unit: '×', target: '≤ 1.1×',
      pass: pdf.bytes.length <= 1.1 * pagesBytes, anchor: { label: `${twelve.length} A4 page images`, value: pagesBytes / 1024, unit: 'KB' },
    });
  } finally {
    await pool.close();
  }
  return figures;
};

export default suite;
