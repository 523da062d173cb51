// GET /files/:sha256 — a scanned page or an issued document from the content-addressed archive,
// for staff who work cases. Every read re-hashes the bytes (archive.get), so a tampered file is
// refused, never shown; content never changes under a hash, so it may be cached for good.
import { isImagingError } from '@onetrip/imaging';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roleHas } from '../modules/auth/permissions';
import type { StaffActor, Services } from '../trpc/context';

const SHA256 = /^[0-9a-f]{64}$/;

function mimeOf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 4).toString('latin1') === 'II*\0' || bytes.subarray(0, 4).toString('latin1') === 'MM\0*') return 'image/tiff';
  return 'application/octet-stream';
}

export function registerArchiveFiles(fastify: FastifyInstance, services: Services, actorOf: (req: FastifyRequest) => Promise<StaffActor | null>): void {
  fastify.get<{ Params: { sha256: string } }>('/files/:sha256', async (req, reply) => {
    const actor = await actorOf(req);
    if (!actor) return reply.code(401).send({ appCode: 'auth.required' });
    if (!roleHas(actor.role, 'case.read')) return reply.code(403).send({ appCode: 'auth.forbidden' });
    const { sha256 } = req.params;
    if (!SHA256.test(sha256)) return reply.code(404).send({ appCode: 'archive.not_found' });
    try {
      const bytes = await services.archive.get(sha256);
      return reply
        .header('content-type', mimeOf(bytes))
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('content-disposition', 'inline')
        .send(bytes);
    } catch (e) {
      if (isImagingError(e) && e.code === 'archive.not_found') return reply.code(404).send({ appCode: 'archive.not_found' });
      if (isImagingError(e) && e.code === 'archive.hash_mismatch') {
        req.log.error({ sha256 }, 'archive file failed its hash check');
        return reply.code(409).send({ appCode: 'archive.hash_mismatch' });
      }
      throw e;
    }
  });
}
