// Filesystem ArchiveStore: <root>/<ab>/<cd>/<sha256>, files read-only. Written to a temp file
// then hard-linked into place: link() refuses an existing name, so even two racing writers of
// the same blob cannot overwrite one another, and a crash never leaves a half-written blob
// under its final name.
import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImagingError } from '../errors';
import { sha256Hex } from '../hash';
import { SHA256_HEX, verified, type ArchiveStore } from './archive-store';

export const DEFAULT_ARCHIVE_ROOT = './data/archive';

const isCode = (e: unknown, code: string): boolean => (e as NodeJS.ErrnoException | undefined)?.code === code;

export function createFsArchiveStore(root: string = DEFAULT_ARCHIVE_ROOT): ArchiveStore & { pathOf(sha256: string): string } {
  const pathOf = (sha: string): string => {
    if (!SHA256_HEX.test(sha)) throw new ImagingError('archive.invalid_input', { sha256: sha });
    return join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  };
  return {
    pathOf,
    async put(bytes) {
      const sha = sha256Hex(bytes);
      const target = pathOf(sha);
      await mkdir(join(target, '..'), { recursive: true });
      const tmp = `${target}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes, { mode: 0o444 });
      try {
        await link(tmp, target);
      } catch (e) {
        if (!isCode(e, 'EEXIST')) throw e;
      } finally {
        await unlink(tmp);
      }
      return sha;
    },
    async get(sha) {
      try {
        return verified(sha, await readFile(pathOf(sha)));
      } catch (e) {
        if (isCode(e, 'ENOENT')) throw new ImagingError('archive.not_found', { sha256: sha });
        throw e;
      }
    },
    async has(sha) {
      return stat(pathOf(sha)).then(() => true, () => false);
    },
    async list() {
      const out: string[] = [];
      const level = async (dir: string): Promise<string[]> => readdir(dir).catch((e: unknown) => (isCode(e, 'ENOENT') ? [] : Promise.reject(e)));
      for (const a of await level(root)) {
        for (const b of await level(join(root, a))) {
          for (const f of await level(join(root, a, b))) if (SHA256_HEX.test(f)) out.push(f);
        }
      }
      return out.sort();
    },
  };
}

/** For tests and the sanity job's own test: make a stored file writable again. */
export async function makeWritable(path: string): Promise<void> {
  await chmod(path, 0o644);
}
