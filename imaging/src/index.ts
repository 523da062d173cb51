// Public entry of imaging/: pixels, OCR and archive files — nothing about applications or users.
export { ImagingError, isImagingError, type ImagingErrorCode } from './errors';
export { sha256Hex } from './hash';
export { intakeFile, type IntakeResult, type IntakeOptions } from './intake/intake-file';
export { DEFAULT_INTAKE_LIMITS, type IntakeLimits } from './intake/intake-limits';
export type { IntakePage } from './intake/intake-page';
export { detectType, type DetectedType, type AcceptedType } from './intake/detect-type';
