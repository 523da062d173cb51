// Tests sign an applicant in the way a person does: ask for a code, read it from the simulated
// SMS inbox, enter it. The browser keeps the applicant cookie afterwards.
import type { Services } from '../../trpc/context';
import type { browser } from '../../testing/test-services';

export async function latestCodeFor(services: Pick<Services, 'database'>, mobile: string): Promise<string | undefined> {
  const row = await services.database.db
    .selectFrom('notification_messages')
    .select('text_zh')
    .where('recipient', '=', mobile)
    .where('template', '=', 'sign_in_code')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.text_zh.match(/验证码为(\d{6})/)?.[1];
}

export async function signInApplicant(services: Pick<Services, 'database'>, b: ReturnType<typeof browser>, person: { idNumber: string; mobile: string }) {
  await (await b.caller()).applicant.requestCode({ idNumber: person.idNumber, mobile: person.mobile });
  const code = await latestCodeFor(services, person.mobile);
  if (!code) throw new Error(`no sign-in code was sent to ${person.mobile}`);
  return (await b.caller()).applicant.verifyCode({ idNumber: person.idNumber, code });
}
