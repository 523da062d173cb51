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
