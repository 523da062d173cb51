// The CJK font for the archive's invisible text layer and cover sheet: Noto Sans Hans
// (GB2312 coverage, OFL) from the npm package @embedpdf/fonts-sc. pdf-lib embeds only the
// glyphs used (subset). The package exports only its JS entry (dist/), so we resolve that and
// step to its fonts/ folder, so the 8 MB file adds some kilobytes per archive.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let cached: Promise<Buffer> | undefined;

export function cjkFontBytes(): Promise<Buffer> {
  cached ??= readFile(join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf'));
  return cached;
}
