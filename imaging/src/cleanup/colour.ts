// Colour is kept only where it carries meaning: a red seal (the stamp proves the document)
// or a photo-like card. Everything else becomes grayscale, which OCR prefers and which
// compresses to a third.
import type { Sharp } from 'sharp';

export interface ColourFacts {
  /** share of strongly red pixels */
  readonly redShare: number;
  /** mean chroma (max−min channel), 0–255 */
  readonly chroma: number;
}

export async function measureColour(image: Sharp): Promise<ColourFacts> {
  const { data, info } = await image
    .clone()
    .resize(400, 400, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  let red = 0;
  let chroma = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const r = data[i]!;
    const g = data[i + 1] ?? r;
    const b = data[i + 2] ?? r;
    if (r > 140 && r - g > 60 && r - b > 50) red++;
    chroma += Math.max(r, g, b) - Math.min(r, g, b);
  }
  return { redShare: n ? red / n : 0, chroma: n ? chroma / n : 0 };
}

export const hasRedSeal = (c: ColourFacts): boolean => c.redShare > 0.0015;
export const isPhotoLike = (c: ColourFacts): boolean => c.chroma > 28;
