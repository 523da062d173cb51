// What the simulated bank can be told to do wrong (POST /control), each with a probability
// (1 = always) drawn from a seeded generator so a chaos run can be repeated.
import { z } from 'zod';

export const faultSettingsSchema = z.object({
  /** 503 without touching the books (the bank is down) */
  down: z.number().min(0).max(1).default(0),
  /** book the payment, then hold the answer past the caller's timeout */
  timeout: z.number().min(0).max(1).default(0),
  /** book the payment, then answer "unknown" (the answer is lost, the money is not) */
  unknown: z.number().min(0).max(1).default(0),
  /** answer correctly, after `slowMs` */
  slow: z.number().min(0).max(1).default(0),
  /** refuse the payment with `rejectCode` (a business rejection, booked as such) */
  reject: z.number().min(0).max(1).default(0),
  slowMs: z.number().int().min(0).max(600_000).default(500),
  timeoutMs: z.number().int().min(0).max(600_000).default(60_000),
  rejectCode: z.string().min(1).default('ACCOUNT_FROZEN'),
  seed: z.number().int().default(1),
});

export type FaultSettings = z.infer<typeof faultSettingsSchema>;
export type Fault = 'down' | 'timeout' | 'unknown' | 'slow' | 'reject' | null;

/** mulberry32: small, fast and good enough to scatter faults reproducibly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class FaultInjector {
  private settings: FaultSettings = faultSettingsSchema.parse({});
  private random = mulberry32(1);

  configure(input: unknown): FaultSettings {
    this.settings = faultSettingsSchema.parse(input ?? {});
    this.random = mulberry32(this.settings.seed);
    return this.settings;
  }

  get current(): FaultSettings {
    return this.settings;
  }

  /** One draw per request; `reject` only applies where a payment is being made. */
  draw(paying: boolean): Fault {
    const s = this.settings;
    const r = this.random();
    let edge = 0;
    for (const f of ['down', 'timeout', 'unknown', 'slow', 'reject'] as const) {
      if (f === 'reject' && !paying) continue;
      edge += s[f];
      if (r < edge) return f;
    }
    return null;
  }
}
