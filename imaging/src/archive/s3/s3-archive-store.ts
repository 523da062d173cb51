// S3-compatible ArchiveStore (AWS S3, MinIO, Ceph RGW …) over plain fetch + SigV4. Objects are
// named <prefix><sha256>. Write-once rests on the server: every PUT carries `If-None-Match: *`
// (conditional writes), so an existing object is never replaced — 412 means "already there",
// which for content-addressed bytes is the same blob. The signed x-amz-content-sha256 is the
// blob's own hash, so the server refuses a body damaged in transit; every read re-hashes.
import { ImagingError } from '../../errors';
import { sha256Hex } from '../../hash';
import { SHA256_HEX, verified, type ArchiveStore } from '../archive-store';
import { EMPTY_SHA256, signRequest, uriEncode, type S3Credentials } from './sigv4';

export interface S3ArchiveStoreOptions extends S3Credentials {
  /** e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000 */
  readonly endpoint: string;
  readonly bucket: string;
  /** path-style (endpoint/bucket/key: MinIO and most self-hosted servers) or virtual-hosted (bucket.endpoint/key) */
  readonly forcePathStyle: boolean;
  readonly prefix?: string;
  readonly fetch?: typeof fetch;
  readonly clock?: () => Date;
}

export class S3RequestError extends Error {
  override readonly name = 'S3RequestError';
  constructor(readonly operation: string, readonly status: number, readonly body: string) {
    super(`S3 ${operation} failed with HTTP ${status}: ${body.slice(0, 300)}`);
  }
}

const xmlText = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );

export function createS3ArchiveStore(options: S3ArchiveStoreOptions): ArchiveStore {
  const doFetch = options.fetch ?? fetch;
  const clock = options.clock ?? ((): Date => new Date());
  const prefix = options.prefix ?? '';
  const base = new URL(options.endpoint);
  const bucketUrl = (path: string): URL => {
    const url = new URL(base);
    const root = base.pathname.replace(/\/$/, '');
    if (options.forcePathStyle) url.pathname = `${root}/${uriEncode(options.bucket, false)}/${path}`;
    else {
      url.hostname = `${options.bucket}.${base.hostname}`;
      url.pathname = `${root}/${path}`;
    }
    return url;
  };
  const objectUrl = (sha: string): URL => {
    if (!SHA256_HEX.test(sha)) throw new ImagingError('archive.invalid_input', { sha256: sha });
    return bucketUrl(uriEncode(`${prefix}${sha}`, true));
  };
  const send = async (method: string, url: URL, extra: { headers?: Record<string, string>; body?: Uint8Array; payloadSha256?: string } = {}): Promise<Response> => {
    const headers = signRequest({ method, url, headers: extra.headers, payloadSha256: extra.payloadSha256 ?? EMPTY_SHA256 }, options, clock());
    return doFetch(url, { method, headers, body: extra.body });
  };
  const fail = async (operation: string, res: Response): Promise<never> => {
    throw new S3RequestError(operation, res.status, await res.text().catch(() => ''));
  };

  return {
    async put(bytes) {
      const sha = sha256Hex(bytes);
      const res = await send('PUT', objectUrl(sha), {
        headers: { 'if-none-match': '*', 'content-type': 'application/octet-stream' },
        body: bytes,
        payloadSha256: sha,
      });
      await res.arrayBuffer();
      // 412: the object exists (same key = same bytes). 409: a concurrent conditional write of the
      // same key is in flight on AWS; whoever wins stored identical bytes.
      if (res.ok || res.status === 412 || res.status === 409) return sha;
      return fail('PutObject', res);
    },
    async get(sha) {
      const res = await send('GET', objectUrl(sha));
      if (res.status === 404) {
        await res.arrayBuffer();
        throw new ImagingError('archive.not_found', { sha256: sha });
      }
      if (!res.ok) return fail('GetObject', res);
      return verified(sha, Buffer.from(await res.arrayBuffer()));
    },
    async has(sha) {
      const res = await send('HEAD', objectUrl(sha));
      await res.arrayBuffer();
      if (res.ok) return true;
      if (res.status === 404) return false;
      return fail('HeadObject', res);
    },
    async list() {
      const out: string[] = [];
      let token: string | undefined;
      do {
        const url = bucketUrl('');
        url.searchParams.set('list-type', '2');
        if (prefix) url.searchParams.set('prefix', prefix);
        if (token) url.searchParams.set('continuation-token', token);
        const res = await send('GET', url);
        if (!res.ok) return fail('ListObjectsV2', res);
        const xml = await res.text();
        for (const key of xmlText(xml, 'Key')) {
          const name = key.slice(prefix.length);
          if (key.startsWith(prefix) && SHA256_HEX.test(name)) out.push(name);
        }
        token = xmlText(xml, 'IsTruncated')[0] === 'true' ? xmlText(xml, 'NextContinuationToken')[0] : undefined;
      } while (token);
      return out.sort();
    },
  };
}
