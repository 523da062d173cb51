// The HTTP process: tRPC under /trpc, health probes, and the built SPA for everything else.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyHttpOptions, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Server } from 'node:http';
import { sql } from 'kysely';
import { appRouter, type AppRouter } from '../app.router';
import { pendingMigrations } from '../db/migrate';
import { AppError } from '../errors/app-error';
import { resolveSession, SESSION_COOKIE } from '../modules/auth/session.repository';
import { APPLICANT_COOKIE, resolveApplicantSession } from '../modules/applicant-portal/applicant-session.repository';
import { sessionPolicy } from '../modules/auth/auth.service';
import { registerArchiveFiles } from './archive-files.route';
import { registerPageCapture } from './pages.route';
import { sharedOcrPool } from '../modules/capture/ocr-pool';
import type { Context, CookieJar, Services } from '../trpc/context';

export interface App {
  readonly fastify: FastifyInstance;
  /** /readyz answers 503 from now on; in-flight requests still finish. */
  markShuttingDown(): void;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return req.headers['sec-fetch-site'] !== 'cross-site';
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export async function buildApp(services: Services): Promise<App> {
  const { config, database } = services;
  let shuttingDown = false;
  // A hop count trusts that many proxies nearest to us, whatever their address (as proxy-addr does).
  const hops = config.TRUST_PROXY;
  const trustProxy: FastifyHttpOptions<Server>['trustProxy'] = typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : (hops ?? false);
  const fastify = Fastify({
    loggerInstance: services.log,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 2 * 1024 * 1024,
    // req.ip (the public doors' rate limits) from X-Forwarded-For only through the named proxies.
    trustProxy,
    routerOptions: { maxParamLength: 5000 },
  });
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  await fastify.register(fastifyCookie);

  fastify.get('/healthz', async (_req, reply) => {
    try {
      await sql`select 1`.execute(database.db);
      const pending = await pendingMigrations(database.db);
      if (pending.length) return reply.code(503).send({ status: 'migrations_pending', pending });
      return { status: 'ok', database: database.kind };
    } catch (e) {
      services.log.error({ err: e }, 'health check failed');
      return reply.code(503).send({ status: 'database_unreachable' });
    }
  });
  fastify.get('/readyz', async (_req, reply) => (shuttingDown ? reply.code(503).send({ status: 'shutting_down' }) : { status: 'ready' }));

  /** The staff member a request's session cookie belongs to (plain HTTP routes outside tRPC). */
  const staffOf = async (req: FastifyRequest) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return null;
    const lookup = await resolveSession(database.db, token, services.clock(), sessionPolicy(config));
    return lookup.status === 'valid' ? lookup.actor : null;
  };
  /** The same for a signed-in applicant of the online hall (their own cookie). */
  const applicantOf = async (req: FastifyRequest) => {
    const token = req.cookies[APPLICANT_COOKIE];
    if (!token) return null;
    const lookup = await resolveApplicantSession(database.db, token, services.clock());
    return lookup.status === 'valid' ? lookup.applicant : null;
  };
  registerArchiveFiles(fastify, services, staffOf);
  await registerPageCapture(fastify, services, { actorOf: staffOf, applicantOf, sameOrigin }, () => sharedOcrPool(config.OCR_POOL_SIZE));

  const createContext = async ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Promise<Context> => {
    if (req.method !== 'GET' && !sameOrigin(req)) throw new AppError('FORBIDDEN', 'auth.cross_origin');
    const cookies: CookieJar = {
      get: (name) => req.cookies[name],
      set: (name, value, maxAgeSeconds) =>
        void res.setCookie(name, value, { httpOnly: true, sameSite: 'strict', secure: config.COOKIE_SECURE, path: '/', maxAge: maxAgeSeconds }),
      clear: (name) => void res.clearCookie(name, { path: '/' }),
    };
    const token = cookies.get(SESSION_COOKIE);
    const lookup = token ? await resolveSession(database.db, token, services.clock(), sessionPolicy(config)) : { status: 'none' as const };
    if (lookup.status === 'expired') cookies.clear(SESSION_COOKIE);
    const applicantToken = cookies.get(APPLICANT_COOKIE);
    const applicant = applicantToken ? await resolveApplicantSession(database.db, applicantToken, services.clock()) : { status: 'none' as const };
    if (applicant.status === 'expired') cookies.clear(APPLICANT_COOKIE);
    return {
      ...services,
      log: req.log,
      actor: lookup.status === 'valid' ? lookup.actor : null,
      sessionExpired: lookup.status === 'expired',
      applicant: applicant.status === 'valid' ? applicant.applicant : null,
      cookies,
      clientIp: req.ip,
      requestId: req.id,
      userAgent: req.headers['user-agent'] ?? null,
    };
  };

  await fastify.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext,
      onError({ error, path: procPath, ctx }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') (ctx?.log ?? services.log).error({ err: error, procedure: procPath }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  const webDist = path.resolve(config.WEB_DIST);
  if (existsSync(path.join(webDist, 'index.html'))) {
    // wildcard: files are looked up per request, so a rebuilt web/dist is served without a restart.
    await fastify.register(fastifyStatic, { root: webDist, wildcard: true, maxAge: '1h', index: false });
    // Client-side routes: any other GET that is not an API call gets the SPA shell.
    fastify.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/trpc')) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return reply.code(404).send({ appCode: 'common.not_found' });
    });
  } else {
    services.log.warn({ webDist }, 'web/dist not built: the SPA is not served (run pnpm --filter @onetrip/web build)');
  }

  return {
    fastify,
    markShuttingDown: () => {
      shuttingDown = true;
    },
  };
}
