import { describe, expect, it } from 'vitest';
import { harbinPolicy } from '../policy/index';
import { yuan } from '../policy/units';
import type { Command } from './application.commands';
import { decide, type Decision } from './application.machine';
import { openApplication } from './application.open';
import type { Actor, Application } from './application.types';

const at = new Date('2026-11-23T02:00:00Z');
const clerk: Actor = { id: 'clerk-1', roles: ['clerk'] };
const system: Actor = { id: 'system', roles: ['system'] };
const r1: Actor = { id: 'rev-1', roles: ['reviewer'] };
const r2: Actor = { id: 'rev-2', roles: ['reviewer'] };
const ap: Actor = { id: 'appr-1', roles: ['approver'] };
const ap2: Actor = { id: 'appr-2', roles: ['approver'] };
const sup: Actor = { id: 'sup-1', roles: ['supervisor'] };
const applicant: Actor = { id: 'person-1', roles: ['applicant'] };

function open(businessType: Parameters<typeof openApplication>[0]['businessType'], amountFen = yuan(10_000), channel: 'online' | 'counter' = 'counter') {
  return openApplication({ id: 'app-1', businessType, applicantId: 'person-1', amountFen, channel, policy: harbinPolicy, on: '2026-11-23' });
}

type Unversioned = Command extends infer C ? (C extends Command ? Omit<C, 'expectedVersion'> : never) : never;
type Step = readonly [Actor, Unversioned];

/** Runs steps, asserting each succeeds; returns the last state and all events. */
function run(app: Application, steps: readonly Step[]) {
  const events = [];
  let cur = app;
  for (const [actor, cmd] of steps) {
    const d = decide(cur, { ...cmd, expectedVersion: cur.version } as Command, actor, at);
    if (!d.ok) throw new Error(`${cmd.type} by ${actor.id}: ${JSON.stringify(d.error)}`);
    cur = d.next;
    events.push(d.event);
  }
  return { app: cur, events };
}

const errorOf = (d: Decision) => (d.ok ? undefined : d.error);

describe('withdrawal lifecycle', () => {
  it('rent: accept → automatic checks → one review → transfer → close, with SLA signals', () => {
    const { app, events } = run(open('withdrawal.rent'), [
      [clerk, { type: 'accept' }],
      [system, { type: 'start_review', autoCheckFailures: [] }],
      [r1, { type: 'approve' }],
      [system, { type: 'schedule_transfer' }],
      [system, { type: 'transfer_succeeded', bankReference: 'B-1' }],
      [system, { type: 'close' }],
    ]);
    expect(app.status).toBe('closed');
    expect(app.version).toBe(6);
    expect(events.map((e) => `${e.from.status}>${e.to.status}`)).toEqual([
      'booked>accepted',
      'accepted>in_review',
      'in_review>approved',
      'approved>transfer_pending',
      'transfer_pending>transferred',
      'transferred>closed',
    ]);
    expect(events.map((e) => e.sla)).toEqual(['start', null, 'stop', null, null, null]);
    expect(events[2]).toMatchObject({ actorId: 'rev-1', command: 'approve', from: { step: 'review_1' }, to: { step: null }, at });
  });

  it('return for supplement pauses the clock and goes back to the step that returned it', () => {
    const { app, events } = run(open('withdrawal.rent'), [
      [clerk, { type: 'accept' }],
      [system, { type: 'start_review', autoCheckFailures: [] }],
      [r1, { type: 'return_for_supplement', missingItems: [{ materialId: 'rental_contract' }, { field: 'monthlyRentFen', note: 'unclear' }] }],
      [applicant, { type: 'resubmit' }],
    ]);
    expect(app).toMatchObject({ status: 'resubmitted', step: 'review_1', missingItems: [] });
    expect(events.slice(2).map((e) => [e.to.status, e.sla, e.reasons])).toEqual([
      ['returned_for_supplement', 'pause', ['rental_contract', 'monthlyRentFen']],
      ['resubmitted', 'resume', []],
    ]);
    // The same reviewer may finish the step they returned.
    expect(run(app, [[r1, { type: 'approve' }]]).app.status).toBe('approved');
  });

  it('a failed transfer is retried, or reversed to the account by a supervisor', () => {
    const base = run(open('withdrawal.rent', yuan(1000), 'online'), [
      [system, { type: 'accept' }],
      [system, { type: 'start_review', autoCheckFailures: [] }],
      [r1, { type: 'approve' }],
      [system, { type: 'schedule_transfer' }],
      [system, { type: 'transfer_failed', bankCode: 'E05' }],
    ]).app;
    expect(run(base, [[system, { type: 'retry_transfer' }], [system, { type: 'transfer_succeeded', bankReference: 'x' }]]).app).toMatchObject({ status: 'transferred', transferAttempts: 2 });
    expect(run(base, [[sup, { type: 'reverse_transfer', reasonCodes: ['transfer.account_closed'] }]]).app.status).toBe('reversed');
    expect(errorOf(decide(base, { type: 'reverse_transfer', reasonCodes: ['x'], expectedVersion: base.version }, system, at))?.code).toBe('lifecycle.forbidden_role');
  });

  it('a fully automatic business is approved by the checks alone, unless a check failed', () => {
    const ok = run(open('withdrawal.repay_own_loan', yuan(3000), 'online'), [[system, { type: 'accept' }], [system, { type: 'start_review', autoCheckFailures: [] }]]);
    expect(ok.app.status).toBe('approved');
    expect(ok.events[1]?.sla).toBe('stop');
    const flagged = run(open('withdrawal.repay_own_loan', yuan(3000), 'online'), [
      [system, { type: 'accept' }],
      [system, { type: 'start_review', autoCheckFailures: ['withdrawal.amount_exceeds_balance'] }],
    ]);
    expect(flagged.app).toMatchObject({ status: 'in_review', step: 'review_1' });
    expect(flagged.events[1]?.reasons).toEqual(['withdrawal.amount_exceeds_balance']);
  });

  it('rejection needs reasons and records them', () => {
    const app = run(open('withdrawal.serious_illness'), [[clerk, { type: 'accept' }], [system, { type: 'start_review', autoCheckFailures: [] }]]).app;
    expect(errorOf(decide(app, { type: 'reject', reasonCodes: [], expectedVersion: app.version }, r1, at))?.code).toBe('lifecycle.reasons_required');
    const d = decide(app, { type: 'reject', reasonCodes: ['withdrawal.deadline_passed'], expectedVersion: app.version }, r1, at);
    expect(d.ok && d.next).toMatchObject({ status: 'rejected', reasonCodes: ['withdrawal.deadline_passed'] });
    expect(d.ok && d.event.sla).toBe('stop');
  });

  it('the applicant withdraws their own application, not someone else’s', () => {
    const app = run(open('withdrawal.rent'), [[clerk, { type: 'accept' }]]).app;
    const other: Actor = { id: 'person-2', roles: ['applicant'] };
    expect(errorOf(decide(app, { type: 'withdraw', expectedVersion: 1 }, other, at))?.code).toBe('lifecycle.not_applicant');
    const d = decide(app, { type: 'withdraw', expectedVersion: 1 }, applicant, at);
    expect(d.ok && [d.next.status, d.event.sla]).toEqual(['withdrawn', 'stop']);
  });
});

describe('loan lifecycle', () => {
  it('初审 → 复审 → 审批 → approval letter → contract appointment → disbursement', () => {
    const { app } = run(open('loan.purchase', yuan(600_000)), [
      [clerk, { type: 'accept' }],
      [system, { type: 'start_review', autoCheckFailures: [] }],
      [r1, { type: 'approve' }],
      [r2, { type: 'approve' }],
      [ap, { type: 'approve' }],
      [system, { type: 'issue_approval_letter' }],
      [applicant, { type: 'book_contract', branchId: 'icbc-daoli', date: '2026-11-30' }],
      [system, { type: 'disburse', bankReference: 'L-9' }],
      [sup, { type: 'close' }],
    ]);
    expect(app.status).toBe('closed');
    expect(app.acted.map((a) => `${a.step}:${a.actorId}`)).toEqual(['acceptance:clerk-1', 'review_1:rev-1', 'review_2:rev-2', 'approval:appr-1']);
  });

  it('adds an extra approval above the policy threshold, by yet another person', () => {
    const big = open('loan.purchase', yuan(900_000));
    expect(big.route).toEqual(['review_1', 'review_2', 'approval', 'approval_extra']);
    const atExtra = run(big, [
      [clerk, { type: 'accept' }],
      [system, { type: 'start_review', autoCheckFailures: [] }],
      [r1, { type: 'approve' }],
      [r2, { type: 'approve' }],
      [ap, { type: 'approve' }],
    ]).app;
    expect(atExtra).toMatchObject({ status: 'in_review', step: 'approval_extra' });
    expect(errorOf(decide(atExtra, { type: 'approve', expectedVersion: atExtra.version }, ap, at))).toMatchObject({ code: 'lifecycle.four_eyes', earlierStep: 'approval' });
    expect(run(atExtra, [[ap2, { type: 'approve' }]]).app.status).toBe('approved');
    expect(open('loan.purchase', yuan(800_000)).route).toEqual(['review_1', 'review_2', 'approval']);
  });

  it('a loan is never sent to the transfer path, and a withdrawal never gets a loan letter', () => {
    const loan = run(open('loan.purchase', yuan(100_000)), [
      [clerk, { type: 'accept' }],
      [system, { type: 'start_review', autoCheckFailures: [] }],
      [r1, { type: 'approve' }],
      [r2, { type: 'approve' }],
      [ap, { type: 'approve' }],
    ]).app;
    expect(errorOf(decide(loan, { type: 'schedule_transfer', expectedVersion: loan.version }, system, at))?.code).toBe('lifecycle.invalid_transition');
    expect(errorOf(decide(loan, { type: 'close', expectedVersion: loan.version }, system, at))?.code).toBe('lifecycle.invalid_transition');
  });
});

describe('guards', () => {
  const inReview = () => run(open('withdrawal.rent'), [[clerk, { type: 'accept' }], [system, { type: 'start_review', autoCheckFailures: [] }]]).app;

  it('refuses a stale version before anything else', () => {
    const app = inReview();
    expect(errorOf(decide(app, { type: 'approve', expectedVersion: app.version - 1 }, r1, at))).toEqual({
      code: 'lifecycle.version_conflict',
      expected: app.version - 1,
      actual: app.version,
    });
  });

  it('refuses the wrong role and names the one required', () => {
    expect(errorOf(decide(inReview(), { type: 'approve', expectedVersion: 2 }, ap, at))).toEqual({ code: 'lifecycle.forbidden_role', command: 'approve', required: ['reviewer'] });
  });

  it('refuses a reviewer who accepted the application at the counter, saying so', () => {
    const both: Actor = { id: 'clerk-1', roles: ['clerk', 'reviewer'] };
    const app = run(open('withdrawal.rent'), [[both, { type: 'accept' }], [system, { type: 'start_review', autoCheckFailures: [] }]]).app;
    expect(errorOf(decide(app, { type: 'approve', expectedVersion: app.version }, both, at))).toEqual({
      code: 'lifecycle.four_eyes',
      step: 'review_1',
      earlierStep: 'acceptance',
      earlierAt: at,
    });
  });

  it('refuses commands the state does not accept', () => {
    const app = open('withdrawal.rent');
    expect(errorOf(decide(app, { type: 'approve', expectedVersion: 0 }, r1, at))).toEqual({ code: 'lifecycle.invalid_transition', status: 'booked', command: 'approve' });
  });
});
