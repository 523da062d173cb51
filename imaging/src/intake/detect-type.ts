// The file type comes from the first bytes, never from the name or the browser's MIME type:
// a clerk's upload dialog happily sends `setup.exe` renamed to `scan.jpg`.
export type AcceptedType = 'jpeg' | 'png' | 'tiff' | 'pdf';
export type DetectedType = AcceptedType | 'executable' | 'unknown';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

export function detectType(bytes: Uint8Array): DetectedType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  // PDF readers accept the header anywhere in the first 1 KB; so do we.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (
    startsWith(bytes, [0x4d, 0x5a]) || // MZ: Windows PE / DOS
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(bytes, [0xce, 0xfa, 0xed, 0xfe]) || // Mach-O
    startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]) || // Mach-O fat / Java class
    startsWith(bytes, [0x23, 0x21]) // #! script
  ) {
    return 'executable';
  }
  return 'unknown';
}
