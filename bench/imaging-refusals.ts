// Issue 5's bad inputs, refused by intakeFile: how long the slowest refusal takes (target
// ≤ 1 s) and how far the process's peak RSS rises above its idle RSS while refusing them all
// (target ≤ 200 MB). The peak is the kernel's high-water mark (VmHWM), reset just before the
// run through /proc/self/clear_refs, so a short spike between two samples is not missed.
// Inputs are built by hand (no sharp or pdf-lib here), from a corpus JPEG where a real image is needed.
import { readFile, writeFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import { intakeFile, isImagingError, loadFixtures, type ImagingErrorCode } from '@onetrip/imaging';
import type { BenchFigure } from './figure';

interface BadInput {
  readonly name: string;
  readonly bytes: Buffer;
  readonly code: ImagingErrorCode;
}

const pngChunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
};

/** A PNG whose header claims 100 000 × 100 000 gray pixels, with a few real rows of data. */
function pngBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100_000, 0);
  ihdr.writeUInt32BE(100_000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const rows = deflateSync(Buffer.alloc(64 * 100_001));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), pngChunk('IHDR', ihdr), pngChunk('IDAT', rows), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A real JPEG whose frame header is patched to claim 60 000 × 60 000 pixels. */
function jpegBomb(jpeg: Buffer): Buffer {
  const out = Buffer.from(jpeg);
  for (let i = 2; i + 9 < out.length; ) {
    const marker = out[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      out.writeUInt16BE(60_000, i + 5);
      out.writeUInt16BE(60_000, i + 7);
      return out;
    }
    i += 2 + out.readUInt16BE(i + 2);
  }
  throw new Error('no frame header in the corpus JPEG');
}

/** A minimal PDF from its objects' bodies (object n is objects[n - 1]), with a correct xref. */
function pdf(objects: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer): Buffer => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/** One page drawing one image: `image` is the image XObject's body. */
const imagePdf = (image: Buffer, extraCatalog = ''): Buffer =>
  pdf([
    Buffer.from(`<< /Type /Catalog /Pages 2 0 R ${extraCatalog} >>`),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>'),
    stream('', Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q')),
    image,
  ]);

function badInputs(jpeg: Buffer): BadInput[] {
  // declares 7000 × 7000 RGB (49 MP, inside the limit) but inflates past it: stopped at the declared size
  const flateBomb = stream('/Type /XObject /Subtype /Image /Width 7000 /Height 7000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', deflateSync(Buffer.alloc(160_000_000)));
  const dctImage = stream('/Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', jpeg);
  return [
    { name: 'PNG decompression bomb (10 GP header)', bytes: pngBomb(), code: 'imaging.too_many_pixels' },
    { name: 'JPEG claiming 60 000 × 60 000', bytes: jpegBomb(jpeg), code: 'imaging.too_many_pixels' },
    { name: 'truncated JPEG', bytes: jpeg.subarray(0, Math.floor(jpeg.length / 2)), code: 'imaging.corrupt' },
    { name: 'corrupt JPEG', bytes: Buffer.concat([jpeg.subarray(0, 3), Buffer.alloc(4096, 7)]), code: 'imaging.corrupt' },
    { name: 'PDF with JavaScript', bytes: imagePdf(dctImage, '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), code: 'imaging.pdf_active_content' },
    { name: 'PDF image stream inflating past its size', bytes: imagePdf(flateBomb), code: 'imaging.corrupt' },
    { name: 'renamed Windows executable', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096)]), code: 'imaging.unsupported_type' },
    { name: '26 MB file', bytes: Buffer.concat([jpeg, Buffer.alloc(26 * 1024 * 1024)]), code: 'imaging.too_large' },
  ];
}

const kib = async (field: 'VmRSS' | 'VmHWM'): Promise<number> => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(await readFile('/proc/self/status', 'utf8'))![1]);

export async function refusalFigures(): Promise<BenchFigure[]> {
  const jpeg = loadFixtures()[0]!.input;
  const inputs = badInputs(jpeg);
  // warm-up: sharp, pdf-lib and the detectors loaded, so the idle RSS is the working process
  await intakeFile(jpeg);
  await writeFile('/proc/self/clear_refs', '5');
  const idle = await kib('VmRSS');
  const misses: string[] = [];
  let slowest = { name: '', ms: 0 };
  for (const input of inputs) {
    const started = performance.now();
    const outcome = await intakeFile(input.bytes).then(() => 'accepted', (e: unknown) => (isImagingError(e) ? e.code : String(e)));
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { name: input.name, ms };
    if (outcome !== input.code) misses.push(`${input.name}: ${outcome}`);
  }
  const peakAboveIdleMb = ((await kib('VmHWM')) - idle) / 1024;
  const refused = misses.length === 0;
  const which = refused ? `${inputs.length} bad inputs, each with its code` : `NOT REFUSED AS EXPECTED: ${misses.join('; ')}`;
  return [
    { id: 'imaging.refusal_max_ms', label: `slowest refusal (${slowest.name}; ${which})`, value: slowest.ms, unit: 'ms', target: '≤ 1000 ms', pass: refused && slowest.ms <= 1000 },
    {
      id: 'imaging.refusal_memory_mb',
      label: 'peak RSS above idle while refusing them',
      value: peakAboveIdleMb,
      unit: 'MB',
      target: '≤ 200 MB',
      pass: refused && peakAboveIdleMb <= 200,
      anchor: { label: 'idle RSS', value: idle / 1024, unit: 'MB' },
    },
  ];
}
