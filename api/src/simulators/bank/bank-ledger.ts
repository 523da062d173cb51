// The simulated bank's books: an append-only JSON-lines file replayed into memory at start, so a
// restarted simulator still knows every instruction it answered. The idempotency promise rests
// on this file: an answer is written (synchronously) before it is sent, so no restart can make the
// bank forget a payment it accepted and pay the same key twice.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PaymentInstruction {
  readonly idempotencyKey: string;
  readonly cardNo: string;
  readonly name: string;
  readonly amountFen: number;
  readonly reference: string;
}

export interface BankPayment extends PaymentInstruction {
  readonly status: 'accepted' | 'rejected';
  readonly code: string | null;
  readonly bankReference: string;
  readonly at: string;
  /** the booking date (China time) on which the money left */
  readonly valueDate: string;
  returnedAt: string | null;
  returnedOn: string | null;
}

type LedgerLine = { readonly type: 'payment'; readonly payment: BankPayment } | { readonly type: 'return'; readonly key: string; readonly at: string; readonly on: string };

/** The calendar date in China (UTC+8, no DST) of an instant: the bank's business day. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export class BankLedger {
  private readonly file: string;
  private readonly payments = new Map<string, BankPayment>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, 'ledger.jsonl');
    if (!existsSync(this.file)) return;
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      // A torn last line (killed mid-write) was never answered, so dropping it loses nothing.
      if (!line.trim()) continue;
      let entry: LedgerLine;
      try {
        entry = JSON.parse(line) as LedgerLine;
      } catch {
        continue;
      }
      this.apply(entry);
    }
  }

  get(key: string): BankPayment | undefined {
    return this.payments.get(key);
  }

  get size(): number {
    return this.payments.size;
  }

  record(payment: Omit<BankPayment, 'returnedAt' | 'returnedOn'>): BankPayment {
    const full: BankPayment = { ...payment, returnedAt: null, returnedOn: null };
    this.write({ type: 'payment', payment: full });
    return full;
  }

  markReturned(key: string, at: Date): BankPayment | undefined {
    const p = this.payments.get(key);
    if (!p || p.status !== 'accepted' || p.returnedAt) return p;
    this.write({ type: 'return', key, at: at.toISOString(), on: chinaDate(at) });
    return p;
  }

  /** Money that moved on `date`: payments booked that day and returns received that day. */
  statement(date: string): { payments: BankPayment[]; returns: BankPayment[] } {
    const all = [...this.payments.values()].filter((p) => p.status === 'accepted');
    return {
      payments: all.filter((p) => p.valueDate === date),
      returns: all.filter((p) => p.returnedOn === date),
    };
  }

  private write(entry: LedgerLine) {
    appendFileSync(this.file, JSON.stringify(entry) + '\n');
    this.apply(entry);
  }

  private apply(entry: LedgerLine) {
    if (entry.type === 'payment') {
      this.payments.set(entry.payment.idempotencyKey, { ...entry.payment });
      return;
    }
    const p = this.payments.get(entry.key);
    if (p) {
      p.returnedAt = entry.at;
      p.returnedOn = entry.on;
    }
  }
}
