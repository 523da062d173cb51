import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveStoreContract } from '../archive-store.contract';
import type { ArchiveStore } from '../archive-store';
import { createS3ArchiveStore, S3RequestError } from './s3-archive-store';
import { startS3TestDouble, type S3TestDouble } from './s3-test-double';

let s3: S3TestDouble;
beforeAll(async () => {
  // a page of two keys, so list() has to follow continuation tokens
  s3 = await startS3TestDouble({ pageSize: 2 });
});
afterAll(() => s3.close());

const prefixes = new WeakMap<ArchiveStore, string>();
const makeStore = (overrides: { secretAccessKey?: string; prefix?: string } = {}): ArchiveStore => {
  const prefix = overrides.prefix ?? `archive/${randomUUID()}/`;
  const store = createS3ArchiveStore({ ...s3.credentials, endpoint: s3.endpoint, bucket: s3.bucket, forcePathStyle: true, prefix, ...overrides });
  prefixes.set(store, prefix);
  return store;
};

archiveStoreContract('S3-compatible (in-process test double)', {
  makeStore: async () => makeStore(),
  corrupt: async (store, sha) => {
    const key = `${prefixes.get(store)}${sha}`;
    const bytes = s3.objects.get(key)!;
    bytes[0] = bytes[0]! ^ 0x01;
  },
});

describe('S3 archive store specifics', () => {
  it('sends every PUT as a conditional write (If-None-Match: *)', async () => {
    const store = makeStore();
    await store.put(Buffer.from('one'));
    await store.put(Buffer.from('one'));
    const puts = s3.requests.filter((r) => r.method === 'PUT');
    expect(puts.length).toBeGreaterThanOrEqual(2);
    expect(puts.every((r) => r.ifNoneMatch)).toBe(true);
  });

  it('lists only its own prefix, over several pages', async () => {
    const store = makeStore();
    const shas = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((s) => store.put(Buffer.from(s))));
    await makeStore().put(Buffer.from('someone else'));
    expect(await store.list()).toEqual([...shas].sort());
  });

  it('fails loudly, with the S3 status, when the server refuses the signature', async () => {
    const store = makeStore({ secretAccessKey: 'wrong' });
    await expect(store.put(Buffer.from('x'))).rejects.toBeInstanceOf(S3RequestError);
    await expect(store.get('a'.repeat(64))).rejects.toMatchObject({ status: 403 });
  });

  it('addresses virtual-hosted buckets as bucket.host/key', async () => {
    const seen: string[] = [];
    const store = createS3ArchiveStore({
      ...s3.credentials,
      endpoint: 'https://s3.example.com',
      bucket: 'pages',
      forcePathStyle: false,
      fetch: async (url) => {
        seen.push(String(url));
        return new Response(null, { status: 404 });
      },
    });
    expect(await store.has('b'.repeat(64))).toBe(false);
    expect(seen).toEqual([`https://pages.s3.example.com/${'b'.repeat(64)}`]);
  });
});
