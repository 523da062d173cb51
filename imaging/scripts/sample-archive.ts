// Builds sample archive PDFs with buildArchivePdf — one per applicant name given — from the ID
// card fixture with a one-line Chinese OCR layer, for checks that must look at a real archive
// from outside the package (e2e/specs/archive-pdf.e2e.ts opens them in Chromium's viewer).
// Prints {"phrase": …, "files": {name: path}} on stdout.
//   node --import tsx imaging/scripts/sample-archive.ts <outDir> 杨海燕 李海燕
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArchivePdf } from '../src/archive/build-archive-pdf';
import type { OcrResult } from '../src/ocr/ocr-result';

const PHRASE = '住房公积金提取申请';
const PAGE = fileURLToPath(new URL('../fixtures/001-id-front/input.jpg', import.meta.url));

/** One OCR line across the upper part of the card, as the pool would hand it on. */
function ocrLayer(width: number, height: number): OcrResult {
  const box = { x: Math.round(width * 0.1), y: Math.round(height * 0.1), w: Math.round(width * 0.6), h: Math.round(height * 0.08) };
  return { text: PHRASE, confidence: 92, width, height, lines: [{ text: PHRASE, confidence: 92, box, words: [{ text: PHRASE, confidence: 92, box }] }] };
}

const [outDir, ...names] = process.argv.slice(2);
if (!outDir || names.length === 0) {
  console.error('usage: sample-archive.ts <outDir> <applicant name>...');
  process.exit(2);
}
await mkdir(outDir, { recursive: true });
const image = await readFile(PAGE);
const files: Record<string, string> = {};
for (const [i, applicantName] of names.entries()) {
  const pdf = await buildArchivePdf({
    receiptNumber: 'GJJ-2026-000123', applicantName, businessType: '租房提取', clerk: 'clerk-07',
    capturedAt: new Date('2026-11-22T08:00:00Z'), materials: ['居民身份证（正面）'],
    pages: [{ image, materialKind: 'id_card_front', ocr: ocrLayer(1000, 630), dpi: 300 }],
  });
  files[applicantName] = join(outDir, `archive-${i + 1}.pdf`);
  await writeFile(files[applicantName], pdf.bytes);
}
console.log(JSON.stringify({ phrase: PHRASE, files }));
