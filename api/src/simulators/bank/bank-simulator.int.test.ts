import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBankGateway } from '../../modules/transfers/bank-gateway';
import { cardNumber } from '../../modules/transfers/testing/transfer-fixtures';
import { chinaDate } from './bank-ledger';
import { startBankSimulatorProcess, type BankSimulatorProcess } from './bank-simulator.process';

describe('bank simulator (its own process)', () => {
  let dir: string;
  let sim: BankSimulatorProcess;
  const control = (body: unknown) => fetch(`${sim.url}/control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const pay = (key: string, amountFen = 12_345, cardNo = cardNumber(1)) => ({ idempotencyKey: key, cardNo, name: '张三', amountFen, reference: `R-${key}` });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bank-sim-'));
    sim = await startBankSimulatorProcess({ port: 0, dataDir: dir });
  });
  afterAll(async () => {
    await sim?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('books one payment per key, refuses bad card numbers, and remembers both across a restart', async () => {
    const gw = createBankGateway(sim.url, 2000);
    const first = await gw.send(pay('K1'));
    expect(first).toMatchObject({ outcome: 'accepted', amountFen: 12_345, valueDate: chinaDate(new Date()) });
    expect(await gw.send(pay('K1'))).toEqual(first);
    expect(await gw.send(pay('K2', 500, cardNumber(2, false)))).toEqual({ outcome: 'rejected', code: 'INVALID_CARD' });
    expect(await gw.lookup('nope')).toEqual({ outcome: 'not_found' });

    await sim.stop();
    sim = await startBankSimulatorProcess({ port: 0, dataDir: dir });
    const gw2 = createBankGateway(sim.url, 2000);
    expect(await gw2.lookup('K1')).toEqual(first);
    expect(await gw2.send(pay('K1'))).toEqual(first);
    expect(await gw2.lookup('K2')).toEqual({ outcome: 'rejected', code: 'INVALID_CARD' });
    const st = await gw2.statement(chinaDate(new Date()));
    expect(st.payments.map((p) => p.idempotencyKey)).toEqual(['K1']);
  });

  it('same key with another amount is refused as a caller bug', async () => {
    const res = await fetch(`${sim.url}/payments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pay('K1', 99)) });
    expect(res.status).toBe(409);
  });

  it('faults: down books nothing; unknown and timeout book the payment but lose the answer', async () => {
    const gw = createBankGateway(sim.url, 300);
    await control({ down: 1 });
    expect((await gw.send(pay('F1'))).outcome).toBe('unknown');
    expect((await gw.lookup('F1')).outcome).toBe('unknown');
    await control({});
    expect(await gw.lookup('F1')).toEqual({ outcome: 'not_found' });

    await control({ unknown: 1 });
    expect(await gw.send(pay('F2'))).toEqual({ outcome: 'unknown', reason: 'HTTP 200 unknown' });
    await control({ timeout: 1, timeoutMs: 2000 });
    expect((await gw.send(pay('F3'))).outcome).toBe('unknown');
    await control({});
    expect((await gw.lookup('F2')).outcome).toBe('accepted');
    expect((await gw.lookup('F3')).outcome).toBe('accepted');

    await control({ reject: 1, rejectCode: 'ACCOUNT_FROZEN' });
    expect(await gw.send(pay('F4'))).toEqual({ outcome: 'rejected', code: 'ACCOUNT_FROZEN' });
    await control({ slow: 1, slowMs: 50 });
    expect((await gw.send(pay('F5'))).outcome).toBe('accepted');
    await control({});
  });

  it("runs on the app's moved clock: a payment is booked on the app's day", async () => {
    const movedDir = await mkdtemp(path.join(tmpdir(), 'bank-sim-moved-'));
    const moved = await startBankSimulatorProcess({ port: 0, dataDir: movedDir, now: new Date('2026-10-10T10:00:00+08:00') });
    try {
      const gw = createBankGateway(moved.url, 2000);
      expect(await gw.send(pay('MOVED1'))).toMatchObject({ outcome: 'accepted', valueDate: '2026-10-10' });
      expect((await gw.statement('2026-10-10')).payments.map((p) => p.idempotencyKey)).toEqual(['MOVED1']);
    } finally {
      await moved.stop();
      await rm(movedDir, { recursive: true, force: true });
    }
  });

  it('a return (退票) shows on the statement of the day it came back', async () => {
    const gw = createBankGateway(sim.url, 2000);
    await gw.send(pay('RET1', 777));
    const res = await fetch(`${sim.url}/payments/RET1/return`, { method: 'POST' });
    expect(res.status).toBe(200);
    const st = await gw.statement(chinaDate(new Date()));
    expect(st.returns.map((r) => [r.idempotencyKey, r.status])).toEqual([['RET1', 'returned']]);
    expect(st.payments.find((p) => p.idempotencyKey === 'RET1')?.status).toBe('returned');
  });
});
