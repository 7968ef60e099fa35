-- A new person whose invitation carries a mobile number confirms it with a texted code before choosing a
-- password: required or optional, as the practice chooses.
alter table workspace
    add column mobile_confirmation text not null default 'OPTIONAL'
        check (mobile_confirmation in ('REQUIRED', 'OPTIONAL'));

-- Codes go by email (a person with an account) or by text message (a new person's mobile number).
alter table invitation_code
    add column channel text not null default 'EMAIL' check (channel in ('EMAIL', 'SMS'));

-- The mobile number (E.164) the person confirmed with a texted code for this invitation, if any.
alter table invitation
    add column mobile_confirmed text check (mobile_confirmed ~ '^\+[1-9][0-9]{6,14}$');

-- Text messages wait here, sealed like mail, until the SMS gateway takes them; an outage delays them and
-- never loses them. The body is erased once sent.
create table sms_outbox (
    id              uuid primary key default gen_random_uuid(),
    workspace_id    uuid        not null references workspace,
    account_id      uuid        references account,
    recipient       text        not null check (recipient ~ '^\+[1-9][0-9]{6,14}$'),
    key_id          text        check (length(key_id) <= 32),
    sealed_body     bytea,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    last_error      text        check (length(last_error) <= 500),
    gateway_id      text        check (length(gateway_id) <= 64),
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    check ((status = 'SENT') = (sent_at is not null)),
    check (status <> 'SENT' or sealed_body is null),
    check ((sealed_body is null) = (key_id is null))
);
comment on column sms_outbox.account_id is 'whose message it is: only they see its code in the development outbox';
comment on column sms_outbox.gateway_id is 'the id the gateway gave the message (Twilio''s message SID)';
create index sms_outbox_due on sms_outbox (next_attempt_at) where status = 'PENDING';
create index sms_outbox_by_workspace on sms_outbox (workspace_id, created_at desc);
