// A content-addressed, write-once store: the key of a blob is its SHA-256, a blob is never
// overwritten (a corrected page is a new blob beside the old), and every read re-hashes what
// it returns. The filesystem implementation is the default; an S3-compatible one must pass
// the same contract suite (archive-store.contract.ts).
import { ImagingError } from '../errors';
import { sha256Hex } from '../hash';

export interface ArchiveStore {
  /** stores the bytes once; returns their SHA-256 (hex). Storing the same bytes again is a no-op. */
  put(bytes: Uint8Array): Promise<string>;
  /** the bytes, verified against their hash → `archive.hash_mismatch` / `archive.not_found` */
  get(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
  list(): Promise<string[]>;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function verified(sha256: string, bytes: Buffer): Buffer {
  const actual = sha256Hex(bytes);
  if (actual !== sha256) throw new ImagingError('archive.hash_mismatch', { expected: sha256, actual });
  return bytes;
}

export interface VerifyReport {
  readonly checked: number;
  readonly mismatches: string[];
  readonly missing: string[];
}

/** The sanity job: re-reads and re-hashes every blob, reporting what no longer matches. */
export async function verifyAll(store: ArchiveStore): Promise<VerifyReport> {
  const mismatches: string[] = [];
  const missing: string[] = [];
  const keys = await store.list();
  for (const key of keys) {
    try {
      await store.get(key);
    } catch (e) {
      if (e instanceof ImagingError && e.code === 'archive.hash_mismatch') mismatches.push(key);
      else if (e instanceof ImagingError && e.code === 'archive.not_found') missing.push(key);
      else throw e;
    }
  }
  return { checked: keys.length, mismatches, missing };
}
