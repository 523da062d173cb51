export interface IntakeLimits {
  /** bytes per uploaded file */
  readonly maxFileBytes: number;
  /** width × height of one page, checked from the header before any decoding */
  readonly maxPagePixels: number;
  /** pages per file (and, through `pagesSoFar`, per application) */
  readonly maxPages: number;
}

export const DEFAULT_INTAKE_LIMITS: IntakeLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxPagePixels: 50_000_000,
  maxPages: 100,
};
