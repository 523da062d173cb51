// What every procedure receives: the shared services, who is calling, and the request's cookies.
import type { FastifyBaseLogger } from 'fastify';
import type { ArchiveStore } from '@onetrip/imaging';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import type { StaffRole } from '../db/schema';
import type { ReferenceData } from '../reference/reference-data';

export type Clock = () => Date;

export interface Services {
  readonly database: Database;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: FastifyBaseLogger;
  /** working-day calendar and policy set in force (reloaded when an administrator changes them) */
  readonly reference: ReferenceData;
  /** content-addressed, write-once store of scanned pages and issued documents */
  readonly archive: ArchiveStore;
}

export interface StaffActor {
  readonly kind: 'staff';
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly officeId: string;
  readonly windowId: string | null;
  readonly sessionId: string;
}

/** An applicant signed in to the online hall (ID number + SMS code), never a staff member. */
export interface ApplicantActor {
  readonly kind: 'applicant';
  readonly idNumber: string;
  readonly name: string;
  readonly sessionId: string;
}

export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
}

export interface Context extends Services {
  readonly actor: StaffActor | null;
  /** set when the request carried a session cookie that has expired */
  readonly sessionExpired: boolean;
  /** set by the applicant session cookie; independent of the staff session */
  readonly applicant: ApplicantActor | null;
  readonly cookies: CookieJar;
  /** the caller's address as the HTTP server sees it (rate limits of the public procedures) */
  readonly clientIp: string;
  readonly requestId: string;
  readonly userAgent: string | null;
}
