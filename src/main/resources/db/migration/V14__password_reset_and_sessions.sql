-- Signed-in sessions on every node, so that a person and their administrators can list them and end them
-- from any node. The id is random and kept in the session: never the servlet session id itself.
create table signed_in_session (
    id             uuid primary key,
    account_id     uuid        not null references account,
    node_id        uuid        not null,
    user_agent     text        not null default '' check (length(user_agent) <= 512),
    client_address text        not null default '' check (length(client_address) <= 64),
    signed_in_at   timestamptz not null,
    last_active_at timestamptz not null,
    ended_at       timestamptz
);
create index signed_in_session_open_by_account on signed_in_session (account_id, signed_in_at desc)
    where ended_at is null;

-- Emailed password reset links: only the SHA-256 of the token is kept; a newer link voids the older ones.
create table password_reset (
    id                  uuid primary key default gen_random_uuid(),
    account_id          uuid        not null references account,
    token_sha256        bytea       not null unique check (octet_length(token_sha256) = 32),
    -- the administrator who sent it (a teammate of workspace_id), or null when the person asked for it
    sent_by_teammate_id uuid,
    workspace_id        uuid        references workspace,
    created_at          timestamptz not null,
    expires_at          timestamptz not null,
    used_at             timestamptz,
    voided_at           timestamptz,
    check (used_at is null or voided_at is null),
    foreign key (workspace_id, sent_by_teammate_id) references teammate (workspace_id, id)
);
create index password_reset_open_by_account on password_reset (account_id)
    where used_at is null and voided_at is null;

-- Reset requests of the last hour, for the limits per email and per client address. The email is kept
-- only as an HMAC under the server's secret key: nothing here tells which addresses were typed.
create table password_reset_request (
    id             bigint generated always as identity primary key,
    email_key      bytea       not null check (octet_length(email_key) = 32),
    client_address text        not null check (length(client_address) <= 64),
    requested_at   timestamptz not null
);
create index password_reset_request_by_email on password_reset_request (email_key, requested_at);
create index password_reset_request_by_client on password_reset_request (client_address, requested_at);
create index password_reset_request_by_age on password_reset_request (requested_at);
