// The stable code of a refusal (`auth.locked`, `lifecycle.four_eyes` …) for asserting on it;
// 'ok' when the call went through, so `expect(await appCodeOf(p)).toBe('x')` reads either way.
import { TRPCError } from '@trpc/server';

export async function appCodeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return (e as TRPCError & { appCode?: string }).appCode ?? e.code;
    throw e;
  }
  return 'ok';
}

/** The transport code, the stable code and the details of a refusal ('ok' when it went through). */
export async function refusalOf(p: Promise<unknown>): Promise<{ code: string; appCode: string; details: unknown }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) {
      const a = e as TRPCError & { appCode?: string; details?: unknown };
      return { code: e.code, appCode: a.appCode ?? e.code, details: a.details };
    }
    throw e;
  }
  return { code: 'ok', appCode: 'ok', details: null };
}
