// A test double of an S3-compatible server, in-process over real HTTP: enough of the S3 REST API
// for the archive store (PutObject with If-None-Match: *, GetObject, HeadObject, ListObjectsV2
// with paging), path-style only. It is NOT S3: it checks that each request is SigV4-signed as
// it arrived on the wire (recomputed with our signer — it proves the request matches its
// signature, not that AWS would agree; sigv4.test.ts checks the signer against AWS's examples)
// and that the signed payload hash matches the body, as S3 does.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signRequest, type S3Credentials } from './sigv4';

export interface S3TestDouble {
  readonly endpoint: string;
  readonly bucket: string;
  readonly credentials: S3Credentials;
  /** the stored objects by key, for tests that damage one behind the store's back */
  readonly objects: Map<string, Buffer>;
  /** every request as method + path + whether it carried If-None-Match: * */
  readonly requests: { method: string; path: string; ifNoneMatch: boolean }[];
  close(): Promise<void>;
}

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})$/;

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function error(res: ServerResponse, status: number, code: string): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`);
}

function authProblem(req: IncomingMessage, body: Buffer, creds: S3Credentials): string | undefined {
  const auth = AUTH.exec(String(req.headers.authorization ?? ''));
  if (!auth) return 'AuthorizationHeaderMalformed';
  const [, keyId, day, region, signedHeaders] = auth;
  const date = String(req.headers['x-amz-date'] ?? '');
  if (keyId !== creds.accessKeyId) return 'InvalidAccessKeyId';
  if (region !== creds.region || !date.startsWith(day!)) return 'AuthorizationHeaderMalformed';
  const signed = signedHeaders!.split(';');
  if (!['host', 'x-amz-content-sha256', 'x-amz-date'].every((h) => signed.includes(h))) return 'AuthorizationHeaderMalformed';
  const payload = String(req.headers['x-amz-content-sha256'] ?? '');
  if (payload !== createHash('sha256').update(body).digest('hex')) return 'XAmzContentSHA256Mismatch';
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const others = Object.fromEntries(signed.filter((h) => !['host', 'x-amz-content-sha256', 'x-amz-date'].includes(h)).map((h) => [h, String(req.headers[h] ?? '')]));
  const at = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`);
  const expected = signRequest({ method: req.method ?? 'GET', url, headers: others, payloadSha256: payload }, creds, at);
  return expected.authorization === req.headers.authorization ? undefined : 'SignatureDoesNotMatch';
}

export async function startS3TestDouble(options: { pageSize?: number } = {}): Promise<S3TestDouble> {
  const bucket = 'onetrip-archive';
  const credentials: S3Credentials = { accessKeyId: 'TESTKEYID', secretAccessKey: 'test-secret', region: 'cn-north-1' };
  const objects = new Map<string, Buffer>();
  const requests: S3TestDouble['requests'] = [];
  const pageSize = options.pageSize ?? 1000;

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://double');
    requests.push({ method: req.method ?? '', path: url.pathname, ifNoneMatch: req.headers['if-none-match'] === '*' });
    const problem = authProblem(req, body, credentials);
    if (problem) return error(res, problem === 'XAmzContentSHA256Mismatch' ? 400 : 403, problem);
    const [, b, ...rest] = url.pathname.split('/');
    if (b !== bucket) return error(res, 404, 'NoSuchBucket');
    const key = decodeURIComponent(rest.join('/'));
    if (!key && req.method === 'GET' && url.searchParams.get('list-type') === '2') {
      const prefix = url.searchParams.get('prefix') ?? '';
      const after = url.searchParams.get('continuation-token') ?? '';
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
      const page = keys.slice(0, pageSize);
      const truncated = keys.length > page.length;
      res.writeHead(200, { 'content-type': 'application/xml' });
      return void res.end(
        `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${bucket}</Name><KeyCount>${page.length}</KeyCount>` +
          page.map((k) => `<Contents><Key>${xmlEscape(k)}</Key><Size>${objects.get(k)!.length}</Size></Contents>`).join('') +
          `<IsTruncated>${truncated}</IsTruncated>${truncated ? `<NextContinuationToken>${xmlEscape(page.at(-1)!)}</NextContinuationToken>` : ''}</ListBucketResult>`,
      );
    }
    if (!key) return error(res, 400, 'InvalidRequest');
    if (req.method === 'PUT') {
      if (req.headers['if-none-match'] === '*' && objects.has(key)) return error(res, 412, 'PreconditionFailed');
      objects.set(key, body);
      res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
      return void res.end();
    }
    const stored = objects.get(key);
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!stored) return req.method === 'HEAD' ? void res.writeHead(404).end() : error(res, 404, 'NoSuchKey');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': stored.length });
      return void res.end(req.method === 'HEAD' ? undefined : stored);
    }
    error(res, 405, 'MethodNotAllowed');
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    credentials,
    objects,
    requests,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
