// Work for the review specs, created over HTTP the way a counter clerk creates it: sign in as a
// clerk, ask what the checklist needs, scan a fixture page of every material still required
// through POST /api/pages (the counter's capture: OCR, archive, stored reading) and accept the
// application with the fields as read. HTTP only — the specs import no package source.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Demo people of api/src/seed/scenarios.ts (DEMO_SCENARIOS): the ID number is built the same way. */
export const SCENARIO_PEOPLE = {
  rentEligible: { name: '刘晓明', areaCode: '230103', birthDate: '1990-03-15', sequence: '031' },
  rentEligibleSpouse: { name: '王丽', areaCode: '230102', birthDate: '1991-10-08', sequence: '046' },
  loanApplicant: { name: '郑海涛', areaCode: '230103', birthDate: '1989-04-17', sequence: '075' },
  loanApplicantSpouse: { name: '冯雪莹', areaCode: '230110', birthDate: '1990-08-09', sequence: '048' },
  // Single renters reserved per spec: one app serves every spec, so no two specs share a person.
  renterReviewA: { name: '孟凡宇', areaCode: '230111', birthDate: '1992-06-18', sequence: '015' },
  renterReviewB: { name: '邵婷婷', areaCode: '230111', birthDate: '1994-02-27', sequence: '026' },
  renterBoardA: { name: '钟文博', areaCode: '230111', birthDate: '1991-11-05', sequence: '037' },
  renterBoardB: { name: '欧阳静', areaCode: '230111', birthDate: '1993-04-22', sequence: '048' },
  renterProgress: { name: '邱雨桐', areaCode: '230111', birthDate: '1995-09-12', sequence: '062' },
} as const;
export type ScenarioPerson = keyof typeof SCENARIO_PEOPLE;

export const DEMO_PASSWORD = 'onetrip-demo';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** GB 11643 check character (ISO 7064 MOD 11-2). */
export function idNumberOf(person: ScenarioPerson): string {
  const p = SCENARIO_PEOPLE[person];
  const first17 = p.areaCode + p.birthDate.replaceAll('-', '') + p.sequence;
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i]!, 0);
  return first17 + CHECK_CHARS[sum % 11];
}

export class ApiError extends Error {
  constructor(
    readonly appCode: string | undefined,
    readonly body: unknown,
  ) {
    super(`API refused: ${appCode ?? 'no code'} ${JSON.stringify(body)}`);
  }
}

/** One signed-in staff member's HTTP session against the tRPC endpoint. */
export class ApiSession {
  private constructor(
    private readonly baseURL: string,
    private readonly cookie: string,
  ) {}

  static async signIn(baseURL: string, username: string): Promise<ApiSession> {
    const res = await fetch(`${baseURL}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseURL },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!res.ok || !cookie) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
    return new ApiSession(baseURL, cookie);
  }

  query<T>(path: string, input?: unknown): Promise<T> {
    const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.send<T>(`${this.baseURL}/trpc/${path}${qs}`, { method: 'GET' });
  }

  mutate<T>(path: string, input?: unknown): Promise<T> {
    return this.send<T>(`${this.baseURL}/trpc/${path}`, { method: 'POST', body: JSON.stringify(input ?? null) });
  }

  /** A scan through the counter's capture (POST /api/pages) as the material kind given. */
  async capture(bytes: Buffer, kind: string): Promise<CapturedPage[]> {
    const res = await fetch(`${this.baseURL}/api/pages?kind=${kind}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', origin: this.baseURL, cookie: this.cookie },
      body: new Uint8Array(bytes),
    });
    const body = (await res.json()) as { pages?: CapturedPage[]; appCode?: string };
    if (!res.ok || !body.pages) throw new ApiError(body.appCode, body);
    return body.pages;
  }

  private async send<T>(url: string, init: RequestInit): Promise<T> {
    const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', origin: this.baseURL, cookie: this.cookie } });
    const body = (await res.json()) as { result?: { data: T }; error?: { data?: { appCode?: string } } };
    if (body.error || !body.result) throw new ApiError(body.error?.data?.appCode, body);
    return body.result.data;
  }
}

export interface Receipt {
  applicationId: string;
  receiptNo: string;
  applicantName: string;
  /** the promised decision date, YYYY-MM-DD */
  dueOn: string;
  /** what the receipt's QR code opens */
  progressUrl: string;
}

interface Prepared {
  checklist: { items: { materialId: string; status: string; ocrKind: string }[] };
}

export interface CapturedPage {
  sha256: string;
  classification: { kind: string };
  fields: { key: string; value: string }[];
}

const FIXTURES = fileURLToPath(new URL('../../imaging/fixtures/', import.meta.url));
/** The fixture scan standing for each OCR material kind (imaging/fixtures); "other" is a blank page. */
const SCAN_OF_KIND: Record<string, string> = {
  id_card_front: '001-id-front',
  id_card_back: '013-id-back',
  bank_card: '015-bank-card',
  rental_contract: '020-rental-contract',
  hospital_invoice: '025-hospital-invoice',
  purchase_contract: '031-purchase-contract',
  marriage_certificate: '036-marriage-certificate',
  property_certificate: '038-property-certificate',
  discharge_summary: '040-discharge-summary',
  other: '035-blank',
};

/** One capture per kind (the specs share one server): the same scan serves every application, its reading keyed by its hash. */
const scans = new Map<string, Promise<CapturedPage>>();
export function scanOf(clerk: ApiSession, kind: string): Promise<CapturedPage> {
  let scan = scans.get(kind);
  if (!scan) {
    const dir = SCAN_OF_KIND[kind] ?? SCAN_OF_KIND.other!;
    scan = readFile(`${FIXTURES}${dir}/input.jpg`).then(async (bytes) => (await clerk.capture(bytes, kind))[0]!);
    scans.set(kind, scan);
  }
  return scan;
}

/** A material as the counter sends it: the page and the fields as read, confirmed by the clerk. */
export function scannedMaterial(materialId: string, page: CapturedPage) {
  return { materialId, pages: [page.sha256], confirmed: [{ sha256: page.sha256, kind: page.classification.kind, fields: page.fields.map((f) => ({ key: f.key, value: f.value.trim().slice(0, 200) })) }] };
}

async function accept(
  clerk: ApiSession,
  form: { businessType: string; applicant: { idNumber: string }; answers: Record<string, boolean> },
  extra: { materialId: string; kind: string }[] = [],
): Promise<Receipt> {
  const prepared = await clerk.query<Prepared>('counter.prepare', { idNumber: form.applicant.idNumber, businessType: form.businessType, answers: form.answers });
  const needed = prepared.checklist.items.filter((i) => i.status === 'required' || i.status === 'ask').map((i) => ({ materialId: i.materialId, kind: i.ocrKind }));
  const materials = await Promise.all([...needed, ...extra].map(async (m) => scannedMaterial(m.materialId, await scanOf(clerk, m.kind))));
  return clerk.mutate<Receipt>('counter.accept', { form, materials, idempotencyKey: randomUUID() });
}

const MOBILE = '13800000000';

/**
 * A rent withdrawal (租房提取) accepted at the counter for one of the demo renters; `extra` adds
 * scans the checklist does not ask for (e.g. a bank card, to compare with the cards on file).
 */
export function acceptRent(clerk: ApiSession, person: ScenarioPerson, amountFen = 1_000_000, extra: { materialId: string; kind: string }[] = []): Promise<Receipt> {
  return accept(clerk, {
    channel: 'counter',
    businessType: 'withdrawal.rent',
    applicant: { idNumber: idNumberOf(person), name: SCENARIO_PEOPLE[person].name, mobile: MOBILE },
    requestedAmountFen: amountFen,
    answers: { rent_above_cap: false, public_rental: false, agent_applies: false },
    details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-06-01', leaseEnd: '2027-05-31' },
  } as never, extra);
}

/** A first-home purchase loan (个人住房公积金贷款) for loanApplicant: 初审 → 复审 → 审批. */
export function acceptLoan(clerk: ApiSession, amountFen = 30_000_000): Promise<Receipt> {
  return accept(clerk, {
    channel: 'counter',
    businessType: 'loan.purchase',
    applicant: { idNumber: idNumberOf('loanApplicant'), name: SCENARIO_PEOPLE.loanApplicant.name, mobile: MOBILE },
    requestedAmountFen: amountFen,
    answers: { married: true, spouse_co_applies: false, agent_applies: false, resale_home: false },
    details: {
      termMonths: 240,
      housePriceFen: 100_000_000,
      home: 'first',
      borrowers: 'single',
      monthlyIncomeFen: 1_500_000,
      existingMonthlyDebtFen: 0,
      uplifts: [],
      repaymentMethod: 'equal_installment',
    },
  } as never);
}

export interface InboxMessage {
  template: string;
  textZh: string;
  applicationId: string | null;
}

/** The simulated SMS/WeChat gateway's messages (DEV_INBOX), newest first. */
export async function inbox(baseURL: string): Promise<InboxMessage[]> {
  const res = await fetch(`${baseURL}/trpc/notifications.inbox?input=${encodeURIComponent(JSON.stringify({ limit: 200 }))}`, { headers: { origin: baseURL } });
  const body = (await res.json()) as { result: { data: InboxMessage[] } };
  return body.result.data;
}
