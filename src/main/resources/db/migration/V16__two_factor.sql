-- Second factors of an account: an authenticator app (TOTP), passkeys (WebAuthn) and recovery codes.

-- One authenticator app per account. The shared secret is sealed under the server's secret key.
create table totp_factor (
    account_id     uuid primary key references account,
    secret_sealed  bytea       not null,
    -- the last 30-second step whose code was accepted: a code is good once only (RFC 6238 section 5.2)
    last_used_step bigint      not null default 0,
    created_at     timestamptz not null default now()
);

-- The WebAuthn user handle of an account: random, never the account id or the email.
create table passkey_user (
    account_id  uuid primary key references account,
    user_handle bytea not null unique check (octet_length(user_handle) between 16 and 64)
);

create table passkey (
    credential_id      bytea primary key check (octet_length(credential_id) <= 1023),
    account_id         uuid        not null references account,
    user_handle        bytea       not null references passkey_user (user_handle),
    label              text        not null check (length(btrim(label)) between 1 and 60),
    credential_type    text        not null,
    public_key         bytea       not null,
    signature_count    bigint      not null,
    uv_initialized     boolean     not null,
    backup_eligible    boolean     not null,
    backup_state       boolean     not null,
    transports         text        not null default '',
    attestation_object bytea,
    attestation_client_data_json bytea,
    created_at         timestamptz not null default now(),
    last_used_at       timestamptz
);
create index passkey_account on passkey (account_id);

-- Ten single-use codes at a time, kept as SHA-256 of codes with 80 random bits each.
create table recovery_code (
    account_id uuid        not null references account,
    code_hash  bytea       not null,
    created_at timestamptz not null default now(),
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

-- A practice requires a second factor of the holders of chosen roles, each from a moment on,
-- and gives them a grace period to enrol.
alter table role add column two_factor_required_since timestamptz;
update role set two_factor_required_since = now() where built_in = 'ADMIN';
create function role_admin_requires_two_factor() returns trigger language plpgsql as $$
begin
    if new.built_in = 'ADMIN' and new.two_factor_required_since is null then
        new.two_factor_required_since := now();
    end if;
    return new;
end $$;
create trigger role_admin_requires_two_factor before insert on role
    for each row execute function role_admin_requires_two_factor();

alter table workspace add column two_factor_grace_days integer not null default 14
    check (two_factor_grace_days between 0 and 90);

-- Set when an administrator resets a person's factors (a lost phone): the next sign-in enrols a new one,
-- whatever the practices require. Cleared once a factor is set up.
alter table account add column must_enrol_second_factor boolean not null default false;

-- When the teammate got their current role: a role that requires a second factor gives its grace period from
-- then on to a person moved into it.
alter table teammate add column role_assigned_at timestamptz;
create function teammate_role_assigned() returns trigger language plpgsql as $$
begin
    if new.role_id is distinct from old.role_id then
        new.role_assigned_at := now();
    end if;
    return new;
end $$;
create trigger teammate_role_assigned before update on teammate
    for each row execute function teammate_role_assigned();
