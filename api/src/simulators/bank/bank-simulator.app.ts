// The entrusted bank, simulated as its own HTTP service (the API reaches it only through
// modules/transfers/bank-gateway.ts). It books payments per idempotency key, checks card numbers
// with Luhn, lists each day's money in a statement, and misbehaves on request (POST /control).
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { luhnValid } from '@onetrip/workflows';
import { BankLedger, chinaDate, type BankPayment } from './bank-ledger';
import { FaultInjector, type Fault } from './bank-faults';

const paymentSchema = z.object({
  idempotencyKey: z.string().min(1).max(200),
  cardNo: z.string().min(1).max(40),
  name: z.string().min(1).max(100),
  amountFen: z.number().int().positive(),
  reference: z.string().min(1).max(200),
});

export interface BankSimulatorOptions {
  readonly dataDir: string;
  readonly clock?: () => Date;
}

/** The answer a caller gets for a booked instruction, the same every time it asks. */
export function answerOf(p: BankPayment) {
  return {
    status: p.status,
    bankReference: p.bankReference,
    code: p.code,
    amountFen: p.amountFen,
    valueDate: p.valueDate,
    returnedAt: p.returnedAt,
  };
}

export function buildBankSimulator(options: BankSimulatorOptions): FastifyInstance {
  const clock = options.clock ?? (() => new Date());
  const ledger = new BankLedger(options.dataDir);
  const faults = new FaultInjector();
  // Hanging answers must not keep the process alive on close.
  const app = Fastify({ logger: false, forceCloseConnections: true });

  /** Applies the faults that happen before the books are touched; true when the reply is sent. */
  async function before(fault: Fault, reply: FastifyReply): Promise<boolean> {
    if (fault === 'down') {
      await reply.code(503).send({ error: 'bank_unavailable' });
      return true;
    }
    if (fault === 'slow') await sleep(faults.current.slowMs);
    return false;
  }

  /** The faults that lose an answer the books already hold. */
  async function deliver(fault: Fault, reply: FastifyReply, body: unknown) {
    if (fault === 'timeout') {
      await sleep(faults.current.timeoutMs);
      return reply.code(504).send({ error: 'gateway_timeout' });
    }
    if (fault === 'unknown') return reply.code(200).send({ status: 'unknown' });
    return reply.send(body);
  }

  app.post('/payments', async (request, reply) => {
    const parsed = paymentSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: 'bad_request', issues: parsed.error.issues });
    const p = parsed.data;
    const fault = faults.draw(true);
    if (await before(fault, reply)) return reply;
    const known = ledger.get(p.idempotencyKey);
    if (known) {
      // One key is one instruction: the same key with other content is the caller's bug.
      if (known.amountFen !== p.amountFen || known.cardNo !== p.cardNo) return reply.code(409).send({ error: 'idempotency_key_reused' });
      return deliver(fault === 'reject' ? null : fault, reply, answerOf(known));
    }
    const at = clock();
    const refusal = !luhnValid(p.cardNo) ? 'INVALID_CARD' : fault === 'reject' ? faults.current.rejectCode : null;
    const booked = ledger.record({
      ...p,
      status: refusal ? 'rejected' : 'accepted',
      code: refusal,
      bankReference: `BK${chinaDate(at).replaceAll('-', '')}${String(ledger.size + 1).padStart(8, '0')}`,
      at: at.toISOString(),
      valueDate: chinaDate(at),
    });
    return deliver(fault === 'reject' ? null : fault, reply, answerOf(booked));
  });

  app.get<{ Params: { key: string } }>('/payments/:key', async (request, reply) => {
    const fault = faults.draw(false);
    if (await before(fault, reply)) return reply;
    const known = ledger.get(request.params.key);
    if (!known) return deliver(fault, reply.code(404), { status: 'not_found' });
    return deliver(fault, reply, answerOf(known));
  });

  app.post<{ Params: { key: string } }>('/payments/:key/return', async (request, reply) => {
    const p = ledger.markReturned(request.params.key, clock());
    if (!p || p.status !== 'accepted') return reply.code(404).send({ error: 'no_accepted_payment' });
    return answerOf(p);
  });

  app.get<{ Querystring: { date?: string } }>('/statement', async (request, reply) => {
    const date = request.query.date ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return reply.code(400).send({ error: 'date_required' });
    const { payments, returns } = ledger.statement(date);
    const line = (p: BankPayment) => ({
      idempotencyKey: p.idempotencyKey,
      bankReference: p.bankReference,
      reference: p.reference,
      cardNo: p.cardNo,
      name: p.name,
      amountFen: p.amountFen,
      valueDate: p.valueDate,
      status: p.returnedAt ? ('returned' as const) : ('paid' as const),
      returnedOn: p.returnedOn,
    });
    return { date, payments: payments.map(line), returns: returns.map(line) };
  });

  app.post('/control', async (request, reply) => {
    try {
      return { faults: faults.configure(request.body) };
    } catch (e) {
      return reply.code(400).send({ error: 'bad_control', message: (e as Error).message });
    }
  });

  app.get('/health', async () => ({ ok: true, payments: ledger.size }));
  return app;
}
