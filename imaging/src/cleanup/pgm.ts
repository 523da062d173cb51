// The binary PGM cleanup hands to OCR: a text header, then one gray byte a pixel.
const PGM_HEADER = /^P5\s+(\d+)\s+(\d+)\s+255\s/;

export interface Pgm {
  readonly width: number;
  readonly height: number;
  /** byte offset of the pixels */
  readonly offset: number;
}

/** The header of a `width`×`height` binary PGM (the pixels follow it). */
export function pgmHeader(width: number, height: number): Buffer {
  return Buffer.from(`P5\n${width} ${height}\n255\n`);
}

export function parsePgm(image: Buffer): Pgm | undefined {
  const m = PGM_HEADER.exec(image.subarray(0, 32).toString('latin1'));
  return m ? { width: Number(m[1]), height: Number(m[2]), offset: m[0].length } : undefined;
}

/** The same PGM turned a half turn: the header, then the pixels in reverse order. */
export function halfTurnPgm(image: Buffer, offset: number): Buffer {
  const out = Buffer.allocUnsafe(image.length);
  image.copy(out, 0, 0, offset);
  for (let i = offset, j = image.length - 1; j >= offset; i++, j--) out[j] = image[i]!;
  return out;
}
