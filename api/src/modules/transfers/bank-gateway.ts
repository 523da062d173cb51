// The one door to the entrusted bank. Every answer is mapped to three outcomes, and anything we
// cannot read as a clear yes or no — a timeout, a dropped connection, a 5xx, garbage — is
// `unknown`: the bank may have booked the payment, so the caller must re-query it, never treat it
// as failed (a failed transfer releases the money, and a booked-but-"failed" one would be paid
// twice after a retry).

export type BankAnswer =
  | { readonly outcome: 'accepted'; readonly bankReference: string; readonly valueDate: string; readonly amountFen: number }
  | { readonly outcome: 'rejected'; readonly code: string }
  | { readonly outcome: 'unknown'; readonly reason: string };

/** Re-query only: the bank never saw this key, so sending it cannot pay twice. */
export type BankLookup = BankAnswer | { readonly outcome: 'not_found' };

export interface StatementLine {
  readonly idempotencyKey: string;
  readonly bankReference: string;
  readonly reference: string;
  readonly cardNo: string;
  readonly name: string;
  readonly amountFen: number;
  readonly valueDate: string;
  readonly status: 'paid' | 'returned';
  readonly returnedOn: string | null;
}

export interface BankStatement {
  readonly date: string;
  /** payments booked on the date, each with its current status */
  readonly payments: readonly StatementLine[];
  /** payments returned (退票) on the date, whenever they were booked */
  readonly returns: readonly StatementLine[];
}

export interface PaymentRequest {
  readonly idempotencyKey: string;
  readonly cardNo: string;
  readonly name: string;
  readonly amountFen: number;
  /** our reference, printed on the statement (the transfer id) */
  readonly reference: string;
}

export interface BankGateway {
  send(request: PaymentRequest): Promise<BankAnswer>;
  lookup(idempotencyKey: string): Promise<BankLookup>;
  statement(date: string): Promise<BankStatement>;
}

interface RawAnswer {
  status?: string;
  bankReference?: string;
  code?: string | null;
  valueDate?: string;
  amountFen?: number;
}

function mapAnswer(status: number, body: RawAnswer | null): BankAnswer {
  if (status === 200 && body?.status === 'accepted' && body.bankReference && body.valueDate && typeof body.amountFen === 'number') {
    return { outcome: 'accepted', bankReference: body.bankReference, valueDate: body.valueDate, amountFen: body.amountFen };
  }
  if (status === 200 && body?.status === 'rejected' && body.code) return { outcome: 'rejected', code: body.code };
  return { outcome: 'unknown', reason: `HTTP ${status} ${body?.status ?? ''}`.trim() };
}

export function createBankGateway(baseUrl: string, timeoutMs: number): BankGateway {
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: RawAnswer | null } | { error: string }> {
    try {
      const res = await fetch(new URL(path, baseUrl), {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      let parsed: RawAnswer | null = null;
      try {
        parsed = text ? (JSON.parse(text) as RawAnswer) : null;
      } catch {
        parsed = null;
      }
      return { status: res.status, body: parsed };
    } catch (e) {
      return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  }

  return {
    async send(request) {
      const r = await call('POST', '/payments', request);
      if ('error' in r) return { outcome: 'unknown', reason: r.error };
      return mapAnswer(r.status, r.body);
    },
    async lookup(key) {
      const r = await call('GET', `/payments/${encodeURIComponent(key)}`);
      if ('error' in r) return { outcome: 'unknown', reason: r.error };
      if (r.status === 404 && r.body?.status === 'not_found') return { outcome: 'not_found' };
      return mapAnswer(r.status, r.body);
    },
    async statement(date) {
      const res = await fetch(new URL(`/statement?date=${date}`, baseUrl), { signal: AbortSignal.timeout(Math.max(timeoutMs, 30_000)) });
      if (!res.ok) throw new Error(`bank statement for ${date}: HTTP ${res.status}`);
      return (await res.json()) as BankStatement;
    },
  };
}
