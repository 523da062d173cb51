// A captured page for tests that accept at the counter without running OCR: the reading the
// capture would have stored under the page's hash (acceptance refuses pages nobody captured),
// here a blank page read by clerk01 with no fields; or the same page uploaded by an applicant in
// the online hall, which only they may submit.
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { recordPageReading, type PageCapturer } from '../modules/capture/page-readings.repository';

async function seedBlankPage(trx: Transaction<DB>, sha256: string, capturer: PageCapturer): Promise<string> {
  const page = { sha256, originalSha256: sha256, width: 1000, height: 700, blank: true, quality: [], classification: { kind: 'other', confidence: 1 }, fields: [], text: '' };
  await recordPageReading(trx, page, capturer, new Date('2026-11-20T01:00:00Z'));
  return sha256;
}

export async function seedCapturedPage(trx: Transaction<DB>, sha256: string): Promise<string> {
  const clerk = await trx.selectFrom('staff').select('id').where('username', '=', 'clerk01').executeTakeFirstOrThrow();
  return seedBlankPage(trx, sha256, { staffId: clerk.id });
}

export function seedUploadedPage(trx: Transaction<DB>, sha256: string, idNumber: string): Promise<string> {
  return seedBlankPage(trx, sha256, { applicantIdNumber: idNumber });
}
