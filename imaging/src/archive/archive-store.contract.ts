// The contract every ArchiveStore implementation passes. An S3 adapter calls this with its
// own factory and its own way to corrupt a stored object behind the store's back.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash';
import { verifyAll, type ArchiveStore } from './archive-store';

export interface ContractHarness {
  readonly makeStore: () => Promise<ArchiveStore>;
  /** flips one byte of the stored object, bypassing the store */
  readonly corrupt: (store: ArchiveStore, sha256: string) => Promise<void>;
}

export function archiveStoreContract(name: string, h: ContractHarness): void {
  describe(`ArchiveStore contract: ${name}`, () => {
    const blob = (s: string): Buffer => Buffer.from(`page bytes ${s}`);

    it('addresses content by its SHA-256 and returns it verified', async () => {
      const store = await h.makeStore();
      const sha = await store.put(blob('a'));
      expect(sha).toBe(sha256Hex(blob('a')));
      expect(await store.has(sha)).toBe(true);
      expect((await store.get(sha)).equals(blob('a'))).toBe(true);
    });

    it('is write-once: the same bytes again change nothing, list shows each blob once', async () => {
      const store = await h.makeStore();
      const a = await store.put(blob('a'));
      expect(await store.put(blob('a'))).toBe(a);
      const b = await store.put(blob('b'));
      expect(await store.list()).toEqual([a, b].sort());
    });

    it('reports a missing blob with a code', async () => {
      const store = await h.makeStore();
      await expect(store.get('0'.repeat(64))).rejects.toMatchObject({ code: 'archive.not_found' });
      expect(await store.has('0'.repeat(64))).toBe(false);
    });

    it('detects one flipped byte on read and in verifyAll', async () => {
      const store = await h.makeStore();
      const good = await store.put(blob('good'));
      const bad = await store.put(blob('bad'));
      await h.corrupt(store, bad);
      await expect(store.get(bad)).rejects.toMatchObject({ code: 'archive.hash_mismatch' });
      expect(await verifyAll(store)).toEqual({ checked: 2, mismatches: [bad], missing: [] });
      expect((await store.get(good)).equals(blob('good'))).toBe(true);
    });

    it('never replaces a stored object, not even a damaged one by a put of its own bytes', async () => {
      const store = await h.makeStore();
      const sha = await store.put(blob('kept'));
      await h.corrupt(store, sha);
      expect(await store.put(blob('kept'))).toBe(sha);
      // the damage stays for the sanity job to report instead of being silently papered over
      await expect(store.get(sha)).rejects.toMatchObject({ code: 'archive.hash_mismatch' });
    });
  });
}
