// A printed A4 document in Chinese — a loan approval letter, a counter receipt, a one-time notice
// (一次性告知书). Content is plain data from the caller; this file only lays it out: title, rows of
// label/value, paragraphs, an optional QR code, and the CJK font subset embedded.
import { fontkitV2 } from '../archive/fontkit-v2';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { cjkFontBytes } from '../archive/cjk-font';
import { sha256Hex } from '../hash';

export interface DocumentSection {
  readonly heading?: string;
  /** Label / value pairs, e.g. ['贷款金额', '¥500,000.00']. */
  readonly rows?: readonly (readonly [string, string])[];
  readonly paragraphs?: readonly string[];
}

export interface TextDocumentInput {
  readonly title: string;
  readonly subtitle?: string;
  readonly sections: readonly DocumentSection[];
  /** Encoded as a QR code in the top-right corner (e.g. the progress URL). */
  readonly qrPayload?: string;
  readonly footer?: string;
  readonly metadata: { readonly author: string; readonly subject: string; readonly keywords: readonly string[]; readonly createdAt: Date };
}

export interface TextDocumentPdf {
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly pages: number;
}

const A4 = [595.28, 841.89] as const;
const MARGIN = 56;
const BODY = 11;

/** Greedy wrap by width: Chinese has no spaces, so any character may end a line. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const ch of text) {
    if (ch === '\n') {
      lines.push(current);
      current = '';
      continue;
    }
    if (font.widthOfTextAtSize(current + ch, size) > width && current) {
      lines.push(current);
      current = ch;
    } else current += ch;
  }
  lines.push(current);
  return lines;
}

export async function buildTextDocumentPdf(input: TextDocumentInput): Promise<TextDocumentPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitV2);
  const font = await doc.embedFont(await cjkFontBytes(), { subset: true });
  const ink = rgb(0.1, 0.1, 0.12);
  const muted = rgb(0.4, 0.4, 0.45);
  let page: PDFPage = doc.addPage([...A4]);
  let y = A4[1] - MARGIN;

  const ensure = (height: number) => {
    if (y - height < MARGIN + 24) {
      page = doc.addPage([...A4]);
      y = A4[1] - MARGIN;
    }
  };
  const text = (s: string, x: number, size: number, color = ink) => page.drawText(s, { x, y, size, font, color });

  if (input.qrPayload) {
    const qr = await doc.embedPng(await QRCode.toBuffer(input.qrPayload, { errorCorrectionLevel: 'M', margin: 1, width: 240 }));
    page.drawImage(qr, { x: A4[0] - MARGIN - 96, y: A4[1] - MARGIN - 96, width: 96, height: 96 });
  }
  const titleSize = 20;
  text(input.title, MARGIN, titleSize);
  y -= titleSize * 1.6;
  if (input.subtitle) {
    text(input.subtitle, MARGIN, BODY, muted);
    y -= BODY * 1.8;
  }
  y = Math.min(y, A4[1] - MARGIN - 110);

  const width = A4[0] - 2 * MARGIN;
  for (const section of input.sections) {
    if (section.heading) {
      ensure(BODY * 3);
      y -= BODY * 0.6;
      text(section.heading, MARGIN, BODY + 2);
      y -= (BODY + 2) * 1.7;
    }
    for (const [label, value] of section.rows ?? []) {
      const valueLines = wrap(value, font, BODY, width - 130);
      ensure(valueLines.length * BODY * 1.6);
      text(label, MARGIN, BODY, muted);
      for (const line of valueLines) {
        text(line, MARGIN + 130, BODY);
        y -= BODY * 1.6;
      }
    }
    for (const paragraph of section.paragraphs ?? []) {
      for (const line of wrap(paragraph, font, BODY, width)) {
        ensure(BODY * 1.6);
        text(line, MARGIN, BODY);
        y -= BODY * 1.6;
      }
      y -= BODY * 0.4;
    }
  }
  if (input.footer) {
    for (const p of doc.getPages()) p.drawText(input.footer, { x: MARGIN, y: MARGIN - 20, size: 8, font, color: muted });
  }

  doc.setTitle(input.title);
  doc.setAuthor(input.metadata.author);
  doc.setSubject(input.metadata.subject);
  doc.setKeywords([...input.metadata.keywords]);
  doc.setCreator('OneTrip');
  doc.setProducer('OneTrip imaging');
  doc.setCreationDate(input.metadata.createdAt);
  doc.setModificationDate(input.metadata.createdAt);
  const bytes = Buffer.from(await doc.save({ useObjectStreams: true }));
  return { bytes, sha256: sha256Hex(bytes), pages: doc.getPageCount() };
}
