import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EMPTY_SHA256, signRequest, uriEncode } from './sigv4';

// The worked examples of "Signature Calculations for the Authorization Header: Transferring
// Payload in a Single Chunk" in the Amazon S3 API reference — the only check of the signer
// against AWS itself that this machine (no S3, no internet) allows.
const creds = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' };
const at = new Date('2013-05-24T00:00:00Z');
const signatureOf = (headers: Record<string, string>): string => /Signature=([0-9a-f]{64})$/.exec(headers.authorization!)![1]!;

describe('signRequest (AWS SigV4, S3 documentation examples)', () => {
  it('GET Object with a Range header', () => {
    const h = signRequest({ method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), headers: { range: 'bytes=0-9' }, payloadSha256: EMPTY_SHA256 }, creds, at);
    expect(h.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(h['x-amz-date']).toBe('20130524T000000Z');
  });

  it('PUT Object with a payload and a storage class', () => {
    const body = 'Welcome to Amazon S3.';
    const h = signRequest(
      {
        method: 'PUT',
        url: new URL('https://examplebucket.s3.amazonaws.com/test%24file.text'),
        headers: { date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
        payloadSha256: createHash('sha256').update(body).digest('hex'),
      },
      creds,
      at,
    );
    expect(signatureOf(h)).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('GET Bucket (list objects) with query parameters', () => {
    const h = signRequest({ method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J'), payloadSha256: EMPTY_SHA256 }, creds, at);
    expect(signatureOf(h)).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });

  it('encodes like S3: unreserved kept, slash kept only in paths', () => {
    expect(uriEncode('a b/c*~', true)).toBe('a%20b/c%2A~');
    expect(uriEncode('a/b', false)).toBe('a%2Fb');
  });
});
