// Width and height of an image handed to OCR (boxes are clipped to them): parsed from a binary
// PGM's header (what cleanup hands over), otherwise read by sharp.
import sharp from 'sharp';

const PGM_HEADER = /^P5\s+(\d+)\s+(\d+)\s+255\s/;

export async function imageSize(image: Buffer): Promise<{ width: number; height: number }> {
  const pgm = PGM_HEADER.exec(image.subarray(0, 32).toString('latin1'));
  if (pgm) return { width: Number(pgm[1]), height: Number(pgm[2]) };
  const meta = await sharp(image).metadata();
  return { width: meta.width, height: meta.height };
}
