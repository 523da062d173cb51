// POST /api/pages — the counter's scanner and camera upload: the raw file bytes in
// (application/octet-stream, name in x-file-name, optional ?kind= when the clerk already knows
// the material), cleaned, OCR-read and archived pages out. Plain HTTP instead of tRPC because the
// body is binary and may be tens of megabytes; the same session and permission rules apply.
// POST /api/pages/:sha256/rotate {degrees} — the clerk's rotation: the archived rendition is
// turned by sharp inside the same cleanup and read again as turned (the automatic orientation
// does not undo it); the result is a new rendition beside the old one, whose hash is now its
// original, because the archive is write-once and content-addressed.
// POST /api/applicant/pages — the online hall's upload: the same pipeline for a signed-in
// applicant (their own cookie), whose pages only they may then submit. Reading a page costs about
// a second of a core, so each applicant's uploads are rate-limited.
import { isImagingError, MATERIAL_KINDS, type MaterialKind, type OcrPool, type QuarterTurn } from '@onetrip/imaging';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { capturePages } from '../modules/capture/capture-pages.service';
import type { PageCapturer } from '../modules/capture/page-readings.repository';
import { roleHas } from '../modules/auth/permissions';
import { takeHit } from '../modules/rate-limit/sliding-window';
import { AppError } from '../errors/app-error';
import type { ApplicantActor, StaffActor, Services } from '../trpc/context';

const OCTET = 'application/octet-stream';

/** Refusals of the file itself: the clerk rescans or picks another file. */
const STATUS_OF: Record<string, number> = {
  'imaging.too_large': 413,
  'imaging.too_many_pixels': 413,
  'imaging.too_many_pages': 413,
  'imaging.corrupt': 422,
  'imaging.unsupported_type': 415,
  'imaging.pdf_active_content': 422,
  'imaging.pdf_page_not_image': 422,
  'ocr.failed': 502,
  'ocr.closed': 503,
  'archive.not_found': 404,
  'archive.hash_mismatch': 409,
};

const SHA256 = /^[0-9a-f]{64}$/;
/** Files per applicant: enough for a loan's whole packet page by page, not for flooding the OCR pool. */
const APPLICANT_UPLOAD_LIMITS = [
  { max: 60, windowMs: 60 * 60 * 1000 },
  { max: 300, windowMs: 24 * 60 * 60 * 1000 },
] as const;
const QUARTER_TURNS: readonly number[] = [90, 180, 270];

/** A `?kind=` that names no material kind. */
const unknownKind = (req: FastifyRequest<{ Querystring: { kind?: string } }>) => req.query.kind !== undefined && !(MATERIAL_KINDS as readonly string[]).includes(req.query.kind);

export async function registerPageCapture(
  fastify: FastifyInstance,
  services: Services,
  access: {
    actorOf: (req: FastifyRequest) => Promise<StaffActor | null>;
    applicantOf: (req: FastifyRequest) => Promise<ApplicantActor | null>;
    sameOrigin: (req: FastifyRequest) => boolean;
  },
  ocrPool: () => Promise<OcrPool>,
): Promise<void> {
  const bodyLimit = services.config.UPLOAD_MAX_MB * 1024 * 1024;
  // Encapsulated so the raw-bytes parser exists for this route only.
  await fastify.register(async (scope) => {
    scope.addContentTypeParser(OCTET, { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError, req, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ appCode: 'imaging.too_large', details: { limit: bodyLimit } });
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send({ appCode: 'imaging.unsupported_type' });
      if (error.code === 'FST_ERR_CTP_EMPTY_BODY') return reply.code(422).send({ appCode: 'imaging.corrupt', details: { reason: 'empty' } });
      // Only the rotation takes JSON: a body that is not its {degrees} is a bad rotation.
      if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return reply.code(400).send({ appCode: 'capture.rotation_invalid' });
      if (isImagingError(error)) return reply.code(STATUS_OF[error.code] ?? 422).send({ appCode: error.code, details: error.details });
      req.log.error({ err: error }, 'page capture failed');
      return reply.code(500).send({ appCode: 'common.internal' });
    });

    /** The refusal to send, or the signed-in counter clerk who asked from our own origin with a known kind. */
    const refusal = async (req: FastifyRequest<{ Querystring: { kind?: string } }>): Promise<{ status: number; appCode: string } | { actor: StaffActor }> => {
      if (!access.sameOrigin(req)) return { status: 403, appCode: 'auth.cross_origin' };
      const actor = await access.actorOf(req);
      if (!actor) return { status: 401, appCode: 'auth.required' };
      if (!roleHas(actor.role, 'counter.work')) return { status: 403, appCode: 'auth.forbidden' };
      if (unknownKind(req)) return { status: 400, appCode: 'capture.kind_unknown' };
      return { actor };
    };

    /** The same for the online hall: a signed-in applicant, within their upload rate. */
    const applicantRefusal = async (req: FastifyRequest<{ Querystring: { kind?: string } }>): Promise<{ status: number; appCode: string; details?: unknown } | { applicant: ApplicantActor }> => {
      if (!access.sameOrigin(req)) return { status: 403, appCode: 'auth.cross_origin' };
      const applicant = await access.applicantOf(req);
      if (!applicant) return { status: 401, appCode: 'applicant.sign_in_required' };
      if (unknownKind(req)) return { status: 400, appCode: 'capture.kind_unknown' };
      try {
        await takeHit(services.database.db, `applicant-upload:${applicant.idNumber}`, services.clock(), APPLICANT_UPLOAD_LIMITS);
      } catch (e) {
        if (e instanceof AppError && e.code === 'TOO_MANY_REQUESTS') return { status: 429, appCode: e.appCode, details: e.details };
        throw e;
      }
      return { applicant };
    };

    /** Cleans, reads and archives the uploaded file's pages for whoever brought them. */
    const capture = async (req: FastifyRequest<{ Querystring: { kind?: string } }>, reply: FastifyReply, capturer: PageCapturer, logged: string) => {
      if (!Buffer.isBuffer(req.body)) return reply.code(415).send({ appCode: 'imaging.unsupported_type' });
      const kind = req.query.kind as MaterialKind | undefined;
      const started = performance.now();
      const result = await capturePages(services, await ocrPool(), req.body, { capturer, ...(kind ? { kind } : {}) });
      req.log.info({ pages: result.pages.length, bytes: req.body.length, ms: Math.round(performance.now() - started), file: req.headers['x-file-name'] }, logged);
      return result;
    };

    scope.post<{ Querystring: { kind?: string } }>('/api/pages', { bodyLimit }, async (req, reply) => {
      const refused = await refusal(req);
      if ('appCode' in refused) return reply.code(refused.status).send({ appCode: refused.appCode });
      return capture(req, reply, { staffId: refused.actor.id }, 'pages captured');
    });

    scope.post<{ Querystring: { kind?: string } }>('/api/applicant/pages', { bodyLimit }, async (req, reply) => {
      const refused = await applicantRefusal(req);
      if ('appCode' in refused) return reply.code(refused.status).send({ appCode: refused.appCode, details: refused.details });
      return capture(req, reply, { applicantIdNumber: refused.applicant.idNumber }, 'pages uploaded by an applicant');
    });

    scope.post<{ Params: { sha256: string }; Querystring: { kind?: string }; Body: { degrees?: unknown } | undefined }>('/api/pages/:sha256/rotate', async (req, reply) => {
      const refused = await refusal(req);
      if ('appCode' in refused) return reply.code(refused.status).send({ appCode: refused.appCode });
      const { sha256 } = req.params;
      if (!SHA256.test(sha256)) return reply.code(404).send({ appCode: 'archive.not_found' });
      const degrees = req.body?.degrees;
      if (typeof degrees !== 'number' || !QUARTER_TURNS.includes(degrees)) return reply.code(400).send({ appCode: 'capture.rotation_invalid' });
      const rendition = await services.archive.get(sha256);
      const kind = req.query.kind as MaterialKind | undefined;
      const result = await capturePages(services, await ocrPool(), rendition, { quarterTurn: degrees as QuarterTurn, capturer: { staffId: refused.actor.id }, ...(kind ? { kind } : {}) });
      req.log.info({ from: sha256, degrees, to: result.pages.map((p) => p.sha256) }, 'page rotated');
      return result;
    });
  });
}
