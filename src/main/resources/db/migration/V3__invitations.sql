-- One-time codes for a person with an existing account who accepts an invitation: emailed, 10 minutes, 5 tries.
create table invitation_code (
    id            uuid primary key default gen_random_uuid(),
    workspace_id  uuid        not null references workspace,
    invitation_id uuid        not null references invitation,
    code_sha256   bytea       not null check (octet_length(code_sha256) = 32),
    expires_at    timestamptz not null,
    attempts      integer     not null default 0 check (attempts between 0 and 5),
    used_at       timestamptz,
    created_at    timestamptz not null default now()
);
create index invitation_code_by_invitation on invitation_code (invitation_id, created_at desc);

-- Each workspace's pending invitations, newest first; and the outbox's sent mail for the development view.
create index mail_outbox_sent on mail_outbox (workspace_id, sent_at desc) where status = 'SENT';
