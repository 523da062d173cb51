// One interface for every government data-sharing source (公安, 户籍, 民政, 不动产, 征信, 人社).
// The simulators answer from the seeded agency tables; a real connector implements the same
// interface, so nothing above this file knows which one it is talking to.
import type { SharingSource } from '@onetrip/workflows';

export const SHARING_SOURCES: readonly SharingSource[] = ['identity', 'household', 'marriage', 'property', 'social_security', 'credit'];

export interface SharingSubject {
  readonly idNumber: string;
  /** The name on file; identity answers whether the registry's name matches it. */
  readonly name?: string;
}

export type SharingAnswer =
  | {
      readonly found: true;
      /** Only what the check needs; stored as evidence, so IDs in it are masked. */
      readonly summary: Record<string, unknown>;
      /**
       * Full identifiers a follow-up query needs (the spouse's ID for the household-wide
       * property check). Never stored and never part of the evidence hash.
       */
      readonly links?: { readonly spouseIdNumber?: string };
    }
  | { readonly found: false };

export interface SharingAdapter {
  readonly source: SharingSource;
  query(subject: SharingSubject, signal: AbortSignal): Promise<SharingAnswer>;
}

export type SharingAdapters = Readonly<Record<SharingSource, SharingAdapter>>;
