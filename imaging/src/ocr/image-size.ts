// Width and height of an image handed to OCR (boxes are clipped to them): parsed from a binary
// PGM's header (what cleanup hands over), otherwise read by sharp.
import sharp from '../sharp';
import { parsePgm } from '../cleanup/pgm';

export async function imageSize(image: Buffer): Promise<{ width: number; height: number }> {
  const pgm = parsePgm(image);
  if (pgm) return { width: pgm.width, height: pgm.height };
  const meta = await sharp(image).metadata();
  return { width: meta.width, height: meta.height };
}
