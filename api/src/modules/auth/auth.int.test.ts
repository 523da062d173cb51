import { describe, expect, it } from 'vitest';
import { seedOrganisation, DEMO_PASSWORD } from '../../seed/organisation';
import { appCodeOf } from '../../testing/app-code';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { browser } from '../../testing/test-services';
import { verifyAuditChain } from '../audit/audit.repository';
import { SESSION_COOKIE } from './session.repository';

describe.each(await testTargets())('staff sign-in on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, (trx) => seedOrganisation(trx));

  it.skipIf(!!skip)('signs in, knows who you are, signs out', async () => {
    const b = browser(h.services);
    const me = await (await b.caller()).auth.login({ username: 'reviewer01', password: DEMO_PASSWORD });
    expect(me).toMatchObject({ username: 'reviewer01', role: 'reviewer', office: { id: 'HRB-DL' } });
    expect(b.jar.get(SESSION_COOKIE)).toMatch(/^[\w-]{40,}$/);
    expect(await (await b.caller()).auth.me()).toMatchObject({ username: 'reviewer01' });
    await (await b.caller()).auth.logout();
    expect(b.jar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await appCodeOf((await b.caller()).auth.me())).toBe('auth.required');
  });

  it.skipIf(!!skip)('a clerk sees their bank window', async () => {
    const b = browser(h.services);
    const me = await (await b.caller()).auth.login({ username: 'clerk03', password: DEMO_PASSWORD });
    expect(me.window).toMatchObject({ id: 'HRB-NG-W1', bankZh: '中国工商银行' });
  });

  it.skipIf(!!skip)('wrong password and unknown user give the same answer', async () => {
    const b = browser(h.services);
    expect(await appCodeOf((await b.caller()).auth.login({ username: 'approver01', password: 'nope' }))).toBe('auth.invalid_credentials');
    expect(await appCodeOf((await b.caller()).auth.login({ username: 'nobody', password: 'nope' }))).toBe('auth.invalid_credentials');
  });

  it.skipIf(!!skip)('locks the account for 15 minutes after 5 wrong passwords, audited', async () => {
    const b = browser(h.services);
    const attempt = async (password: string) => appCodeOf((await b.caller()).auth.login({ username: 'clerk05', password }));
    for (let i = 1; i <= 4; i++) expect(await attempt('wrong')).toBe('auth.invalid_credentials');
    expect(await attempt('wrong')).toBe('auth.locked');
    // Even the right password is refused while locked.
    expect(await attempt(DEMO_PASSWORD)).toBe('auth.locked');
    h.services.clock.advanceMinutes(14);
    expect(await attempt(DEMO_PASSWORD)).toBe('auth.locked');
    h.services.clock.advanceMinutes(2);
    const me = await (await b.caller()).auth.login({ username: 'clerk05', password: DEMO_PASSWORD });
    expect(me.username).toBe('clerk05');

    const staffId = (await h.db.selectFrom('staff').select('id').where('username', '=', 'clerk05').executeTakeFirstOrThrow()).id;
    const events = await h.db.selectFrom('audit_events').select(['action']).where('subject_id', '=', staffId).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual([
      ...Array(5).fill('auth.login_failed'),
      'auth.locked',
      'auth.login',
    ]);
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true });
  });

  it.skipIf(!!skip)('expires an idle session and an old one, and says so', async () => {
    const b = browser(h.services);
    await (await b.caller()).auth.login({ username: 'supervisor01', password: DEMO_PASSWORD });
    h.services.clock.advanceMinutes(29);
    expect((await (await b.caller()).auth.me()).username).toBe('supervisor01');
    h.services.clock.advanceMinutes(31);
    expect(await appCodeOf((await b.caller()).auth.me())).toBe('auth.session_expired');

    // Absolute expiry: active every 20 minutes, still cut off after 12 hours.
    await (await b.caller()).auth.login({ username: 'supervisor01', password: DEMO_PASSWORD });
    for (let m = 0; m < 12 * 60 - 20; m += 20) {
      h.services.clock.advanceMinutes(20);
      await (await b.caller()).auth.me();
    }
    h.services.clock.advanceMinutes(25);
    expect(await appCodeOf((await b.caller()).auth.me())).toBe('auth.session_expired');
  });

  it.skipIf(!!skip)('an administrator lifts a lockout, audited; nobody else may', async () => {
    const victim = browser(h.services);
    for (let i = 0; i < 5; i++) await appCodeOf((await victim.caller()).auth.login({ username: 'approver02', password: 'x' }));
    const admin = browser(h.services);
    await (await admin.caller()).auth.login({ username: 'admin01', password: DEMO_PASSWORD });
    const locked = (await (await admin.caller()).admin.staff()).find((s) => s.username === 'approver02')!;
    expect(locked.lockedUntil).not.toBeNull();
    const clerk = browser(h.services);
    await (await clerk.caller()).auth.login({ username: 'clerk01', password: DEMO_PASSWORD });
    expect(await appCodeOf((await clerk.caller()).admin.unlockStaff({ staffId: locked.id }))).toBe('auth.forbidden');
    await (await admin.caller()).admin.unlockStaff({ staffId: locked.id });
    const me = await (await victim.caller()).auth.login({ username: 'approver02', password: DEMO_PASSWORD });
    expect(me.username).toBe('approver02');
  });
});
