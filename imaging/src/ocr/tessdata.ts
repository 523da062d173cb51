// tesseract.js wants ONE folder holding every `<lang>.traineddata.gz` it loads, and the
// `@tesseract.js-data/*` packages each ship their own. We link both LSTM-only "best_int"
// models (the ones tesseract.js itself uses for the LSTM core) into one temp folder at pool
// start; never a network fetch.
import { copyFile, link, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const OCR_LANGS = ['chi_sim', 'eng'] as const;
const MODEL_DIR = '4.0.0_best_int';

export function packagedModel(lang: string): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), MODEL_DIR, `${lang}.traineddata.gz`);
}

export async function prepareLangFolder(folder = join(tmpdir(), 'onetrip-tessdata')): Promise<string> {
  await mkdir(folder, { recursive: true });
  for (const lang of OCR_LANGS) {
    const target = join(folder, `${lang}.traineddata.gz`);
    const source = packagedModel(lang);
    const [have, want] = await Promise.all([stat(target).catch(() => undefined), stat(source)]);
    if (have?.size === want.size) continue;
    // A hard link costs nothing; across file systems fall back to a copy.
    await link(source, target).catch(() => copyFile(source, target));
  }
  return folder;
}
