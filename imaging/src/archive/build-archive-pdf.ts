// One PDF per application: a cover sheet (receipt, applicant, business type, materials, a QR
// code of the receipt, every page's SHA-256), then every page image at its real size with an
// invisible OCR text layer (text render mode 3, each word stretched over its box) so the PDF
// is searchable and copyable in Chinese. Knows nothing of applications: all arrives as data.
import { fontkitV2 } from './fontkit-v2';
import {
  PDFDocument, PDFName, TextRenderingMode, beginText, endText,
  setCharacterSqueeze, setFontAndSize, setTextMatrix, setTextRenderingMode, showText, type PDFFont, type PDFOperator, type PDFPage,
} from 'pdf-lib';
import QRCode from 'qrcode';
import { ImagingError } from '../errors';
import { sha256Hex } from '../hash';
import type { OcrResult } from '../ocr/ocr-result';
import { cjkFontBytes } from './cjk-font';
import { coverTime } from './cover-time';
import { embedTextLayerFont, type TextLayerFont } from './text-layer-font';
import { xmpPacket } from './xmp-metadata';

export interface ArchivePageInput {
  /** the rendition (JPEG or PNG) */
  readonly image: Buffer;
  readonly materialKind: string;
  /** OCR of this same image: word boxes are in its pixel coordinates */
  readonly ocr?: OcrResult;
  /** resolution of the image, for the physical page size; default 300 */
  readonly dpi?: number;
}

export interface ArchiveInput {
  readonly receiptNumber: string;
  /** what the cover's QR code encodes, e.g. the receipt's progress link; default the receipt number */
  readonly receiptQr?: string;
  readonly applicantName: string;
  readonly businessType: string;
  readonly clerk: string;
  readonly capturedAt: Date;
  /** what the cover lists, e.g. "身份证（正面）" */
  readonly materials: readonly string[];
  readonly pages: readonly ArchivePageInput[];
}

export interface ArchivePdf {
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly pageSha256: string[];
}

const A4 = [595.28, 841.89] as const;

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * One text object per page, in render mode 3, each word placed and stretched over its OCR
 * box; numbers rounded to 1/100 pt, since the operators are most of the layer's bytes.
 */
function drawInvisibleText(page: PDFPage, font: TextLayerFont, ocr: OcrResult, scale: number): void {
  const key = page.node.newFontDictionary('OcrText', font.ref);
  const height = page.getHeight();
  const ops: PDFOperator[] = [beginText(), setTextRenderingMode(TextRenderingMode.Invisible)];
  let lastSize = -1;
  for (const line of ocr.lines) {
    for (const word of line.words) {
      const text = word.text.trim();
      if (!text || word.box.w <= 0 || word.box.h <= 0) continue;
      const size = round(word.box.h * scale);
      const natural = font.widthOf(text, size);
      if (!natural) continue;
      if (size !== lastSize) ops.push(setFontAndSize(key, size));
      lastSize = size;
      ops.push(
        setCharacterSqueeze(round(((word.box.w * scale) / natural) * 100)),
        setTextMatrix(1, 0, 0, 1, round(word.box.x * scale), round(height - (word.box.y + word.box.h * 0.85) * scale)),
        showText(font.encode(text)),
      );
    }
  }
  ops.push(endText());
  page.pushOperators(...ops);
}

async function drawCover(doc: PDFDocument, font: PDFFont, input: ArchiveInput, pageSha256: readonly string[]): Promise<void> {
  const page = doc.addPage([...A4]);
  const qr = await doc.embedPng(await QRCode.toBuffer(input.receiptQr ?? input.receiptNumber, { errorCorrectionLevel: 'M', margin: 1, width: 240 }));
  page.drawImage(qr, { x: A4[0] - 160, y: A4[1] - 170, width: 120, height: 120 });
  let y = A4[1] - 80;
  const line = (text: string, size = 12): void => {
    page.drawText(text, { x: 50, y, size, font });
    y -= size * 1.7;
  };
  line('业务材料归档封面', 20);
  y -= 10;
  line(`受理编号：${input.receiptNumber}`);
  line(`申请人：${input.applicantName}`);
  line(`业务类型：${input.businessType}`);
  line(`受理人：${input.clerk}`);
  line(`采集时间：${coverTime(input.capturedAt)}`);
  y -= 10;
  line('材料清单：', 13);
  input.materials.forEach((m, i) => line(`${i + 1}. ${m}`));
  y -= 10;
  line('各页图像 SHA-256：', 10);
  pageSha256.forEach((h, i) => line(`第${i + 1}页 ${h}`, 8));
}

export async function buildArchivePdf(input: ArchiveInput): Promise<ArchivePdf> {
  if (!input.pages.length) throw new ImagingError('archive.invalid_input', { reason: 'no pages' });
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitV2);
  const font = await doc.embedFont(await cjkFontBytes(), { subset: true });
  const pageSha256 = input.pages.map((p) => sha256Hex(p.image));
  await drawCover(doc, font, input, pageSha256);
  const textFont = await embedTextLayerFont(doc, font);

  for (const p of input.pages) {
    const isJpeg = p.image[0] === 0xff && p.image[1] === 0xd8;
    const img = isJpeg ? await doc.embedJpg(p.image) : await doc.embedPng(p.image);
    const scale = 72 / (p.dpi ?? 300);
    const page = doc.addPage([img.width * scale, img.height * scale]);
    page.drawImage(img, { x: 0, y: 0, width: img.width * scale, height: img.height * scale });
    if (p.ocr) drawInvisibleText(page, textFont, p.ocr, scale);
  }

  const kinds = [...new Set(input.pages.map((p) => p.materialKind))];
  doc.setTitle(`${input.receiptNumber} ${input.businessType}`);
  doc.setAuthor(input.clerk);
  doc.setSubject(`${input.applicantName} · ${input.businessType}`);
  doc.setKeywords([input.receiptNumber, ...kinds, ...pageSha256.map((h, i) => `page${i + 1}:sha256:${h}`)]);
  doc.setProducer('OneTrip imaging');
  doc.setCreator('OneTrip');
  doc.setCreationDate(input.capturedAt);
  doc.setModificationDate(input.capturedAt);
  // As UTF-8 bytes: pdf-lib writes a string stream one byte per UTF-16 unit, garbling every Chinese character.
  const xmp = doc.context.stream(Buffer.from(xmpPacket({ ...input, title: `${input.receiptNumber} ${input.businessType}`, materialKinds: kinds, pageSha256 }), 'utf8'), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));

  const bytes = Buffer.from(await doc.save({ useObjectStreams: true }));
  return { bytes, sha256: sha256Hex(bytes), pageSha256 };
}
