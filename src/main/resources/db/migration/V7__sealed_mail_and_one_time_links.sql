-- Mail waits in the outbox sealed (AES-GCM under the server's secret key, see ServerSecret) and is erased
-- once delivered: nothing in the database can be used as a link or a code.
alter table mail_outbox
    add column account_id  uuid references account,
    add column key_id      text check (length(key_id) <= 32),
    add column sealed_body bytea,
    alter column body_text drop not null;
comment on column mail_outbox.account_id is 'whose mail it is: only they see its links and codes in the development outbox';
comment on column mail_outbox.body_text is 'only mail queued before bodies were sealed; erased once sent';
update mail_outbox set body_text = null, body_html = null where status = 'SENT';
update mail_outbox set subject = 'Your Staffroom code' where subject like 'Your Staffroom code:%';
alter table mail_outbox
    add constraint mail_outbox_sent_mail_keeps_no_body
        check (status <> 'SENT' or (body_text is null and body_html is null and sealed_body is null)),
    add constraint mail_outbox_sealed_under_a_key check ((sealed_body is null) = (key_id is null));

-- A newer request, or the change itself, voids every other open email change link of the account.
alter table email_change
    add column voided_at timestamptz,
    add constraint email_change_confirmed_or_voided check (confirmed_at is null or voided_at is null);
update email_change ec set voided_at = now()
 where confirmed_at is null
   and exists (select 1 from email_change newer
                where newer.account_id = ec.account_id and newer.created_at > ec.created_at);

-- The address an invitation went to: once the account's email changes, the link sent there is void.
alter table invitation add column sent_to text check (length(sent_to) <= 254);
update invitation i set sent_to = a.email from teammate t join account a on a.id = t.account_id where t.id = i.teammate_id;
alter table invitation alter column sent_to set not null;
create function invitation_sent_to_current_email() returns trigger language plpgsql as $$
begin
    if new.sent_to is null then
        select a.email into new.sent_to from teammate t join account a on a.id = t.account_id where t.id = new.teammate_id;
    end if;
    return new;
end $$;
-- Left out of an insert, it is the invited account's email at that moment.
create trigger invitation_sent_to_default before insert on invitation
    for each row execute function invitation_sent_to_current_email();

-- Codes are now hashed with the server's secret key (six digits are too few for a plain hash): codes
-- hashed the old way cannot be matched any more, and expire within ten minutes anyway.
update invitation_code set used_at = now() where used_at is null;
comment on column invitation_code.code_sha256 is 'HMAC-SHA-256 of invitation id and code under the server''s secret key';
