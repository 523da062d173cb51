// What a counter does to a clean document: a slightly crooked placement, a shadow across a
// phone photo, sensor noise, focus blur, dark scanner borders, JPEG compression — all drawn
// from the seeded PRNG so that the corpus is identical on every run.
import sharp from 'sharp';
import type { Rng } from './fixture-data';

export interface Degradation {
  readonly skewDeg: number;
  readonly quarterTurn: 0 | 90 | 180 | 270;
  readonly noise: number;
  readonly blur: number;
  readonly shadow: number;
  readonly border: number;
  readonly jpegQuality: number;
}

export async function degrade(svg: string, d: Degradation, rng: Rng): Promise<Buffer> {
  const rendered = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = rendered.info;
  const px = rendered.data;
  // Shadow: a soft darkening from one corner, as a hand or a phone casts it.
  const sx = rng() < 0.5 ? 0 : width;
  const sy = rng() < 0.5 ? 0 : height;
  const diag = Math.hypot(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = d.shadow * Math.max(0, 1 - Math.hypot(x - sx, y - sy) / (0.8 * diag));
      const n = d.noise ? (rng() + rng() + rng() - 1.5) * 2 * d.noise : 0;
      const i = (y * width + x) * channels;
      for (let c = 0; c < Math.min(channels, 3); c++) {
        px[i + c] = Math.max(0, Math.min(255, Math.round(px[i + c]! * (1 - shade) + n)));
      }
    }
  }
  let img = sharp(px, { raw: { width, height, channels } });
  if (d.blur >= 0.3) img = sharp(await img.blur(d.blur).raw().toBuffer(), { raw: { width, height, channels } });
  const angle = d.quarterTurn + d.skewDeg;
  if (angle) img = sharp(await img.rotate(angle, { background: '#ffffff' }).png().toBuffer());
  if (d.border) {
    const b = Math.round(d.border * Math.min(width, height));
    img = sharp(await img.extend({ top: b, left: Math.round(b / 2), bottom: 0, right: b, background: '#141414' }).png().toBuffer());
  }
  return img.jpeg({ quality: d.jpegQuality, mozjpeg: true }).toBuffer();
}
