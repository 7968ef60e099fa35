-- A requested email change: the new address confirms it through the emailed link; until then the old one stays.
create table email_change (
    id           uuid primary key default gen_random_uuid(),
    account_id   uuid        not null references account,
    new_email    text        not null check (length(new_email) <= 254 and new_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    -- only the SHA-256 of the emailed token is kept
    token_sha256 bytea       not null unique check (octet_length(token_sha256) = 32),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    confirmed_at timestamptz
);
create index email_change_by_account on email_change (account_id, created_at desc);

-- Sessions signed in before this moment end: set when the password changes.
alter table account add column sessions_valid_from timestamptz;

-- Photos are re-encoded server-side to at most 512 px, so they stay far below this.
alter table teammate drop constraint teammate_photo_check;
alter table teammate add constraint teammate_photo_check check (octet_length(photo) <= 524288);
