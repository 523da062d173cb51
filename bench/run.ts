// `pnpm bench`: runs every `bench/*.bench.ts` suite (or those named on the command line, e.g.
// `pnpm bench workflows`), prints one table and writes bench/latest.json. Each figure carries its
// unit, its target and, for ratios, the anchor measured in the same run.
import { readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure, BenchSuite } from './figure';
import { disposeSharedFixtures } from './shared';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const results: { suite: string; figures: BenchFigure[]; error?: string }[] = [];
for (const file of files) {
  const suite = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench: ${suite} …\n`);
  try {
    const mod = (await import(pathToFileURL(dir + file).href)) as { default: BenchSuite };
    results.push({ suite, figures: await mod.default() });
  } catch (e) {
    results.push({ suite, figures: [], error: (e as Error).stack ?? String(e) });
  }
}

// Fixtures several suites shared (e.g. the 1,000,000-application database) go after the last one.
await disposeSharedFixtures();

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
const rows = results.flatMap((r) =>
  r.error
    ? [[r.suite, 'FAILED TO RUN', '', '', '', r.error.split('\n')[0]!]]
    : r.figures.map((f) => [
        r.suite,
        f.label,
        `${fmt(f.value)} ${f.unit}`,
        f.target,
        f.anchor ? `${f.anchor.label}: ${fmt(f.anchor.value)} ${f.anchor.unit}` : '',
        f.pass ? 'pass' : 'MISS',
      ]),
);
const header = ['suite', 'figure', 'value', 'target', 'anchor (same run)', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

await writeFile(
  new URL('./latest.json', import.meta.url),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      suites: results,
    },
    null,
    2,
  ) + '\n',
);
const failed = results.some((r) => r.error);
process.exitCode = failed ? 1 : 0;
