-- 0004 notifications: every SMS and WeChat message the center sends, as the simulated gateways
-- record them (the developer inbox reads this table), and the WeChat accounts applicants bound.

create table notification_messages (
  id bigint generated always as identity primary key,
  -- The sender's own key for one message (e.g. `job:42:sms`): a job that runs twice after a lost
  -- lease sends once, because the gateway drops a key it has already seen.
  message_key text not null unique,
  channel text not null check (channel in ('sms', 'wechat')),
  -- a mobile number for SMS, an openid for WeChat
  recipient text not null,
  template text not null,
  text_zh text not null,
  application_id text references applications (id),
  sent_at timestamptz not null
);
create index notification_messages_recipient on notification_messages (recipient, sent_at desc);
create index notification_messages_sent on notification_messages (sent_at desc, id desc);

create table wechat_bindings (
  id_number text primary key references persons (id_number),
  openid text not null unique,
  bound_at timestamptz not null
);
