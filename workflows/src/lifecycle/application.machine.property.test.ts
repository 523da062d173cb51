// Property tests: random command sequences from random actors (fast-check, 1000 runs each).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS_TYPE_CODES } from '../catalogue/business-type-codes';
import { harbinPolicy } from '../policy/index';
import { COMMAND_TYPES, type Command, type CommandType } from './application.commands';
import { decide } from './application.machine';
import { openApplication } from './application.open';
import type { Actor, Application, ApplicationStatus, Role } from './application.types';
import { commandsAllowedIn } from './transitions';

const at = new Date('2026-11-23T02:00:00Z');
const ROLES: readonly Role[] = ['clerk', 'reviewer', 'approver', 'supervisor', 'admin', 'system', 'applicant'];

// Few people with overlapping roles, so that the same person often tries several steps.
const actorArb: fc.Arbitrary<Actor> = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'applicant'),
  roles: fc.subarray([...ROLES], { minLength: 1 }),
});

function commandFor(type: CommandType, expectedVersion: number): Command {
  switch (type) {
    case 'start_review':
      return { type, expectedVersion, autoCheckFailures: [] };
    case 'reject':
    case 'reverse_transfer':
      return { type, expectedVersion, reasonCodes: ['x'] };
    case 'return_for_supplement':
      return { type, expectedVersion, missingItems: [{ materialId: 'id_card_front' }] };
    case 'transfer_succeeded':
    case 'disburse':
      return { type, expectedVersion, bankReference: 'ref' };
    case 'transfer_failed':
      return { type, expectedVersion, bankCode: 'E' };
    case 'book_contract':
      return { type, expectedVersion, branchId: 'b', date: '2026-12-01' };
    default:
      return { type, expectedVersion };
  }
}

const scenarioArb = fc.record({
  businessType: fc.constantFrom(...BUSINESS_TYPE_CODES),
  amountFen: fc.integer({ min: 1, max: 200_000_000 }),
  channel: fc.constantFrom('online' as const, 'counter' as const),
  // Mostly the right version, sometimes a stale or future one.
  steps: fc.array(fc.tuple(actorArb, fc.constantFrom(...COMMAND_TYPES), fc.constantFrom(0, 0, 0, -1, 1)), { maxLength: 40 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function play(s: Scenario, check: (before: Application, type: CommandType, ok: boolean, after: Application) => void) {
  let app = openApplication({ id: 'a', businessType: s.businessType, applicantId: 'applicant', amountFen: s.amountFen, channel: s.channel, policy: harbinPolicy, on: '2026-11-23' });
  for (const [actor, type, skew] of s.steps) {
    const d = decide(app, commandFor(type, app.version + skew), actor, at);
    const after = d.ok ? d.next : app;
    check(app, type, d.ok, after);
    app = after;
  }
  return app;
}

describe('application machine properties', () => {
  it('no sequence lets one person act on two steps of the same application', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const app = play(s, () => undefined);
        const stepsByActor = new Map<string, Set<string>>();
        for (const a of app.acted) stepsByActor.set(a.actorId, (stepsByActor.get(a.actorId) ?? new Set()).add(a.step));
        for (const [actorId, steps] of stepsByActor) expect({ actorId, steps: steps.size }).toEqual({ actorId, steps: 1 });
      }),
      { numRuns: 1000 },
    );
  });

  it('a rejected, withdrawn or closed application accepts nothing but the permitted commands', () => {
    const PERMITTED: Partial<Record<ApplicationStatus, readonly CommandType[]>> = { rejected: ['close'], withdrawn: ['close'], closed: [] };
    fc.assert(
      fc.property(scenarioArb, (s) => {
        play(s, (before, type, ok) => {
          const permitted = PERMITTED[before.status];
          if (permitted && ok) expect(permitted).toContain(type);
          if (ok) expect(commandsAllowedIn(before.status)).toContain(type);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('every accepted command moves the version by exactly one', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        play(s, (before, _type, ok, after) => expect(after.version).toBe(before.version + (ok ? 1 : 0)));
      }),
      { numRuns: 1000 },
    );
  });
});
