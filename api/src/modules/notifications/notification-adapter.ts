// The center's outgoing messages: one interface for the SMS gateway and the WeChat service
// account. Only simulators exist so far; they record every message in `notification_messages`
// (the developer inbox reads it). A real gateway slots in behind `notifierFor`.
import type { Kysely } from 'kysely';
import type { DB, NotificationChannel } from '../../db/schema';

export interface OutgoingMessage {
  /** The sender's key for this one message: sending the same key again sends nothing. */
  readonly messageKey: string;
  /** a mobile number (SMS) or an openid (WeChat) */
  readonly to: string;
  readonly template: string;
  readonly textZh: string;
  readonly applicationId: string | null;
}

export interface NotificationAdapter<C extends NotificationChannel = NotificationChannel> {
  readonly channel: C;
  /** `sent: false` when the key was already sent (a re-run); delivery is the gateway's business. */
  send(message: OutgoingMessage, at: Date): Promise<{ sent: boolean }>;
}

export type SmsAdapter = NotificationAdapter<'sms'>;
export type WeChatAdapter = NotificationAdapter<'wechat'>;

export interface Notifier {
  readonly sms: SmsAdapter;
  readonly wechat: WeChatAdapter;
}

function simulatedAdapter<C extends NotificationChannel>(db: Kysely<DB>, channel: C): NotificationAdapter<C> {
  return {
    channel,
    async send(message, at) {
      // Like a gateway that honours a client reference: the unique key makes a repeat a no-op.
      const row = await db
        .insertInto('notification_messages')
        .values({
          message_key: message.messageKey,
          channel,
          recipient: message.to,
          template: message.template,
          text_zh: message.textZh,
          application_id: message.applicationId,
          sent_at: at,
        })
        .onConflict((oc) => oc.column('message_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      return { sent: row !== undefined };
    },
  };
}

/** The gateways this deployment sends through: the recording simulators. */
export function notifierFor(services: { database: { db: Kysely<DB> } }): Notifier {
  return { sms: simulatedAdapter(services.database.db, 'sms'), wechat: simulatedAdapter(services.database.db, 'wechat') };
}
