// Page capture at the counter: the uploaded file is refused with a coded reason or split into
// pages; every page is cleaned, read and classified, and both the untouched original and the
// rendition go into the write-once archive, so the clerk's accept can name pages by hash. The
// reading itself (fields, boxes, full text) is stored under that hash for acceptance and review.
import { intakeFile, readPage, type ExtractedField, type MaterialKind, type OcrPool, type QualityWarning, type QuarterTurn } from '@onetrip/imaging';
import { shanghaiDate } from '@onetrip/workflows';
import type { Services } from '../../trpc/context';
import { recordPageReading, type PageCapturer } from './page-readings.repository';

export interface CapturedPage {
  /** the rendition's hash: what `counter.accept` lists and `GET /files/:sha256` serves */
  readonly sha256: string;
  readonly originalSha256: string;
  readonly width: number;
  readonly height: number;
  readonly blank: boolean;
  readonly quality: QualityWarning[];
  readonly classification: { readonly kind: MaterialKind; readonly confidence: number };
  readonly fields: ExtractedField[];
}

export async function capturePages(
  services: Pick<Services, 'archive' | 'clock' | 'config' | 'database'>,
  pool: OcrPool,
  bytes: Buffer,
  /** `quarterTurn`: the clerk's rotation, kept as given (no automatic orientation on top); `capturer`: the clerk or the applicant who uploaded it */
  options: { kind?: MaterialKind; quarterTurn?: QuarterTurn; capturer: PageCapturer },
): Promise<{ pages: CapturedPage[] }> {
  const intake = await intakeFile(bytes, { limits: { maxFileBytes: services.config.UPLOAD_MAX_MB * 1024 * 1024 } });
  const today = shanghaiDate(services.clock());
  // The pool queues the pages itself; awaiting them together keeps every worker busy.
  const pages = await Promise.all(
    intake.pages.map(async (page): Promise<CapturedPage> => {
      const reading = await readPage(pool, page.bytes, { today, ...(page.density ? { density: page.density } : {}), ...(options.kind ? { kind: options.kind } : {}), ...(options.quarterTurn ? { quarterTurn: options.quarterTurn } : {}) });
      const [originalSha256, sha256] = await Promise.all([services.archive.put(reading.cleaned.original.bytes), services.archive.put(reading.cleaned.rendition.bytes)]);
      const captured: CapturedPage = {
        sha256,
        originalSha256,
        width: reading.cleaned.rendition.width,
        height: reading.cleaned.rendition.height,
        blank: reading.cleaned.blank,
        quality: reading.quality,
        classification: reading.classification,
        fields: reading.fields,
      };
      await recordPageReading(services.database.db, { ...captured, text: reading.ocr.text, ocrLines: reading.ocr.lines }, options.capturer, services.clock());
      return captured;
    }),
  );
  return { pages };
}
