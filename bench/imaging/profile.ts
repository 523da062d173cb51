// Where a page's CPU goes: pages in series, one OCR worker, per-stage wall and process CPU.
// `pnpm exec tsx imaging/profile.ts` from bench/ (not a bench suite: a tool for the imaging work).
import { availableParallelism } from 'node:os';
import { cleanupForOcr, createOcrPool, loadFixtures, readPage, type OcrPool } from '@onetrip/imaging';

const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const cases = loadFixtures();
const pool = await createOcrPool({ size: 1 });
let recCalls = 0;
let recCpu = 0;
const counted: OcrPool = {
  size: pool.size,
  close: () => pool.close(),
  async recognize(image, options) {
    recCalls++;
    const c0 = cpu();
    try {
      return await pool.recognize(image, options);
    } finally {
      recCpu += cpu() - c0;
    }
  },
};
// warm
await readPage(counted, cases[0]!.input, { today: '2026-11-22' });
recCalls = 0;
recCpu = 0;
const rows: string[] = [];
let tClean = 0; let tFirst = 0; let tAll = 0;
for (const c of cases) {
  const c0 = cpu();
  const cl = await cleanupForOcr(c.input);
  const cleanCpu = cpu() - c0;
  const c1 = cpu();
  if (!cl.page.blank) await pool.recognize(cl.ocrImage);
  const firstCpu = cpu() - c1;
  const r0 = recCalls; const rc0 = recCpu;
  const c2 = cpu();
  const r = await readPage(counted, c.input, { today: '2026-11-22' });
  const allCpu = cpu() - c2;
  tClean += cleanCpu; tFirst += firstCpu; tAll += allCpu;
  rows.push(`${c.name.padEnd(26)} ${r.cleaned.layout.padEnd(5)} ${String(r.cleaned.rendition.width + 'x' + r.cleaned.rendition.height).padEnd(10)} clean ${cleanCpu.toFixed(0).padStart(4)} ocr1 ${firstCpu.toFixed(0).padStart(4)} readPage ${allCpu.toFixed(0).padStart(5)} recs ${recCalls - r0} recCpu ${(recCpu - rc0).toFixed(0).padStart(5)} turn ${r.cleaned.quarterTurn}`);
}
console.log(rows.join('\n'));
const n = cases.length;
console.log(`per page CPU ms: cleanup ${(tClean / n).toFixed(0)}  first OCR ${(tFirst / n).toFixed(0)}  readPage ${(tAll / n).toFixed(0)}  recognize calls ${recCalls} (${(recCpu / n).toFixed(0)} ms/page)  cores ${availableParallelism()}`);
await pool.close();
