// Imaging figures on the fixture corpus (issue 5): pages/min through cleanup + OCR with the
// pool against the native tesseract CLI (2 processes, OMP_THREAD_LIMIT=1, --psm 3, on the
// same input files), CER for both, one ID card from upload to fields, and a 12-page archive.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  buildArchivePdf, characterErrorRate, createOcrPool, intakeFile, loadFixtures, readPage, type PageReading,
} from '@onetrip/imaging';
import type { BenchFigure, BenchSuite } from './figure';

const run = promisify(execFile);
const TODAY = '2026-11-22';

async function nativeCli(inputs: string[]): Promise<{ ms: number; texts: string[] } | undefined> {
  try {
    await run('tesseract', ['--version']);
  } catch {
    return undefined;
  }
  const texts: string[] = new Array(inputs.length).fill('');
  const queue = inputs.map((p, i) => ({ p, i }));
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { stdout } = await run('tesseract', [job.p, 'stdout', '-l', 'chi_sim+eng', '--psm', '3'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 24 });
      texts[job.i] = stdout;
    }
  };
  await Promise.all([worker(), worker()]);
  return { ms: performance.now() - started, texts };
}

const suite: BenchSuite = async () => {
  const cases = loadFixtures();
  const truth = cases.map((c) => c.expected.text.join(''));
  const meanCer = (texts: string[]): number => texts.reduce((s, t, i) => s + characterErrorRate(truth[i]!, t), 0) / texts.length;
  const pool = await createOcrPool({ size: Math.min(2, availableParallelism()) });
  const figures: BenchFigure[] = [];
  try {
    const started = performance.now();
    const readings: PageReading[] = await Promise.all(cases.map((c) => readPage(pool, c.input, { today: TODAY })));
    const poolMs = performance.now() - started;
    const poolPpm = (cases.length / poolMs) * 60_000;
    const poolCer = meanCer(readings.map((r) => r.ocr.text));

    const dir = await mkdtemp(join(tmpdir(), 'onetrip-bench-'));
    const paths = await Promise.all(cases.map(async (c) => {
      const p = join(dir, `${c.name}.jpg`);
      await writeFile(p, c.input);
      return p;
    }));
    const native = await nativeCli(paths);
    if (native) {
      const nativePpm = (cases.length / native.ms) * 60_000;
      const nativeCer = meanCer(native.texts);
      const anchor = { label: 'native tesseract CLI ×2', value: nativePpm, unit: 'pages/min' };
      figures.push({ id: 'imaging.pool_pages_per_min', label: 'cleanup + OCR pool throughput', value: poolPpm, unit: 'pages/min', target: '≥ 1.0× native', pass: poolPpm >= nativePpm, anchor });
      figures.push({ id: 'imaging.throughput_ratio', label: 'pool ÷ native throughput', value: poolPpm / nativePpm, unit: '×', target: '≥ 1.0', pass: poolPpm >= nativePpm, anchor });
      figures.push({ id: 'imaging.cer', label: 'character error rate (pool)', value: poolCer * 100, unit: '%', target: '≤ 0.7× native', pass: poolCer <= 0.7 * nativeCer, anchor: { label: 'native CER', value: nativeCer * 100, unit: '%' } });
    } else {
      figures.push({ id: 'imaging.pool_pages_per_min', label: 'cleanup + OCR pool throughput (native CLI not installed: comparison skipped)', value: poolPpm, unit: 'pages/min', target: 'skipped', pass: true });
      figures.push({ id: 'imaging.cer', label: 'character error rate (pool; native skipped)', value: poolCer * 100, unit: '%', target: 'skipped', pass: true });
    }

    const card = cases.find((c) => c.expected.kind === 'id_card_front')!;
    const t0 = performance.now();
    const intake = await intakeFile(card.input);
    await readPage(pool, intake.pages[0]!.bytes, { today: TODAY });
    const cardMs = performance.now() - t0;
    figures.push({ id: 'imaging.id_card_to_fields', label: 'ID-card photo: upload → fields', value: cardMs, unit: 'ms', target: '≤ 1500 ms', pass: cardMs <= 1500 });

    const twelve = readings.slice(0, 12);
    const a0 = performance.now();
    const pdf = await buildArchivePdf({
      receiptNumber: 'GJJ-2026-000123', applicantName: '张伟', businessType: '租房提取', clerk: 'bench', capturedAt: new Date('2026-11-22T00:00:00Z'),
      materials: twelve.map((r) => r.classification.kind),
      pages: twelve.map((r) => ({ image: r.cleaned.rendition.bytes, materialKind: r.classification.kind, ocr: r.ocr })),
    });
    const archiveMs = performance.now() - a0;
    const pagesBytes = twelve.reduce((s, r) => s + r.cleaned.rendition.bytes.length, 0);
    figures.push({ id: 'imaging.archive_build_ms', label: '12-page archive build', value: archiveMs, unit: 'ms', target: '≤ 1000 ms', pass: archiveMs <= 1000 });
    figures.push({
      id: 'imaging.archive_size_ratio', label: '12-page archive size ÷ page images', value: pdf.bytes.length / pagesBytes, unit: '×', target: '≤ 1.1×',
      pass: pdf.bytes.length <= 1.1 * pagesBytes, anchor: { label: 'page images', value: pagesBytes / 1024, unit: 'KB' },
    });
  } finally {
    await pool.close();
  }
  return figures;
};

export default suite;
