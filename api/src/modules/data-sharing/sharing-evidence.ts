// What a data-sharing answer leaves behind: who was asked what (ID masked), what they said and
// when, sealed with a SHA-256 over the canonical JSON so a stored checklist can later be shown
// unaltered. A source that did not answer leaves a record of that instead, never an exception.
import { createHash } from 'node:crypto';
import type { SharingSource } from '@onetrip/workflows';
import { canonicalJson } from '../audit/canonical-json';

export interface SharingQuery {
  /** Masked: the evidence is shown in lists and stored with the application. */
  readonly idNumber: string;
  /** Whose record: the applicant's, or the spouse's for household-wide checks. */
  readonly about: 'applicant' | 'spouse';
}

export interface SharingEvidence {
  readonly source: SharingSource;
  readonly query: SharingQuery;
  /** null: the agency has no record of the person (itself an answer). */
  readonly summary: Record<string, unknown> | null;
  /** ISO instant of the answer. */
  readonly at: string;
  readonly hash: string;
}

export type UnavailableReason = 'timeout' | 'error';

export interface SharingUnavailable {
  readonly source: SharingSource;
  readonly query: SharingQuery;
  readonly unavailable: UnavailableReason;
  readonly at: string;
}

export type SourceResult = SharingEvidence | SharingUnavailable;

export function isEvidence(r: SourceResult): r is SharingEvidence {
  return !('unavailable' in r);
}

export function evidenceHash(e: Omit<SharingEvidence, 'hash'>): string {
  const body = canonicalJson({ source: e.source, query: e.query, summary: e.summary, at: e.at });
  return createHash('sha256').update(body).digest('hex');
}

export function sealEvidence(e: Omit<SharingEvidence, 'hash'>): SharingEvidence {
  return { ...e, hash: evidenceHash(e) };
}

/** True when the stored evidence still hashes to its seal (e.g. read back from jsonb). */
export function evidenceIntact(e: SharingEvidence): boolean {
  return evidenceHash(e) === e.hash;
}
