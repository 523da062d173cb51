// A long-lived pool of tesseract.js workers (worker threads): started once, jobs queued FIFO
// (a page's retry or field re-read ahead: see `first`) to the first idle worker, closed
// gracefully (queued jobs finish, new ones are refused).
// Settings measured on our documents (../shared/stack.md): PSM AUTO for pages, PSM 7 + a
// whitelist for cropped fields, `preserve_interword_spaces`, an `errorHandler` (without it
// one bad image kills the process), `langPath` to one local folder, `cacheMethod: 'none'`.
// `tessedit_do_invert` off: Tesseract 5 reads every low-confidence line a second time inverted
// (light on dark), but cleanup already hands OCR a dark-on-light page (a bank card's negative),
// so that second read only costs time — ~3.5 % of OCR CPU on the corpus, one character changed.
import { availableParallelism } from 'node:os';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { ImagingError } from '../errors';
import type { OcrResult } from './ocr-result';
import { imageSize } from './image-size';
import { toOcrResult } from './to-ocr-result';
import { OCR_LANGS, prepareLangFolder } from './tessdata';

export interface OcrPoolOptions {
  /** workers; default: the number of cores */
  readonly size?: number;
  /** folder with chi_sim/eng .traineddata.gz; default: linked from the npm packages */
  readonly langPath?: string;
}

export interface RecognizeOptions {
  /** 'page' = PSM AUTO (layout analysis); 'line' = PSM 7, for a cropped field */
  readonly mode?: 'page' | 'line';
  readonly whitelist?: string;
  readonly rectangle?: { left: number; top: number; width: number; height: number };
  /** ahead of the queued jobs: a page already being read (a retry, a field re-read) finishes first */
  readonly first?: boolean;
}

export interface OcrPool {
  readonly size: number;
  recognize(image: Buffer, options?: RecognizeOptions): Promise<OcrResult>;
  close(): Promise<void>;
}

interface Job {
  readonly image: Buffer;
  readonly options: RecognizeOptions;
  readonly resolve: (r: OcrResult) => void;
  readonly reject: (e: unknown) => void;
}

async function startWorker(langPath: string): Promise<Worker> {
  return createWorker([...OCR_LANGS], OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    // The node build loads its worker script from disk; the blob URL is a browser matter.
    workerBlobURL: false,
    // Errors raised outside a job would otherwise be thrown in the main thread.
    errorHandler: () => undefined,
  });
}

async function run(worker: Worker, job: Job): Promise<OcrResult> {
  await worker.setParameters({
    tessedit_pageseg_mode: job.options.mode === 'line' ? PSM.SINGLE_LINE : PSM.AUTO,
    tessedit_char_whitelist: job.options.whitelist ?? '',
    preserve_interword_spaces: '1',
    tessedit_do_invert: '0',
  });
  const { data } = await worker.recognize(job.image, job.options.rectangle ? { rectangle: job.options.rectangle } : {}, { text: false, tsv: true });
  const { width, height } = await imageSize(job.image);
  return toOcrResult(data.tsv, width, height);
}

export async function createOcrPool(options: OcrPoolOptions = {}): Promise<OcrPool> {
  const size = Math.max(1, options.size ?? availableParallelism());
  const langPath = options.langPath ?? (await prepareLangFolder());
  const workers = await Promise.all(Array.from({ length: size }, () => startWorker(langPath)));
  const idle = [...workers];
  const queue: Job[] = [];
  let closed = false;
  let drained: (() => void) | undefined;

  const pump = (): void => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      run(worker, job)
        .then(job.resolve, (cause: unknown) => job.reject(new ImagingError('ocr.failed', { reason: String(cause) }, { cause })))
        .finally(() => {
          idle.push(worker);
          if (closed && idle.length === workers.length && !queue.length) drained?.();
          pump();
        });
    }
  };

  return {
    size,
    recognize(image, opts = {}) {
      if (closed) return Promise.reject(new ImagingError('ocr.closed'));
      return new Promise<OcrResult>((resolve, reject) => {
        const job = { image, options: opts, resolve, reject };
        if (opts.first) queue.unshift(job);
        else queue.push(job);
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (idle.length !== workers.length || queue.length) await new Promise<void>((r) => (drained = r));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
