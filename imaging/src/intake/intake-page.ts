// One page as it leaves intake: a self-contained JPEG or PNG (TIFF pages and raw PDF images
// are re-encoded losslessly), its size from the header and the scanner's dpi if it said so.
export interface IntakePage {
  readonly index: number;
  readonly format: 'jpeg' | 'png';
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
  readonly density?: number;
}
