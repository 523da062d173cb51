// The developer inbox: what the simulated gateways "sent", newest first. Public while
// DEV_INBOX=true so a demo can read the sign-in code and the notices without a phone; when it is
// false the inbox does not exist (NOT_FOUND), it is not merely forbidden.
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';

export interface InboxMessage {
  readonly id: number;
  readonly channel: 'sms' | 'wechat';
  readonly to: string;
  readonly template: string;
  readonly textZh: string;
  readonly applicationId: string | null;
  readonly sentAt: string;
}

export async function readInbox(services: Pick<Services, 'database' | 'config'>, input: { mobile?: string | undefined; limit: number }): Promise<InboxMessage[]> {
  if (!services.config.DEV_INBOX) throw new AppError('NOT_FOUND', 'common.not_found');
  let query = services.database.db
    .selectFrom('notification_messages')
    .select(['id', 'channel', 'recipient', 'template', 'text_zh', 'application_id', 'sent_at'])
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit);
  if (input.mobile) query = query.where('recipient', '=', input.mobile);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    channel: r.channel,
    to: r.recipient,
    template: r.template,
    textZh: r.text_zh,
    applicationId: r.application_id,
    sentAt: r.sent_at.toISOString(),
  }));
}
