-- A provider's licences and certificates, each with an optional scanned document (a PDF, JPEG or PNG of at
-- most 10 MB, checked by content before it is stored).
create table credential (
    id            uuid primary key default gen_random_uuid(),
    workspace_id  uuid        not null,
    teammate_id   uuid        not null,
    type          text        not null check (type in ('PROFESSIONAL_LICENCE', 'DEA', 'BOARD_CERTIFICATION', 'BLS_CPR',
                                                       'MALPRACTICE_INSURANCE', 'CUSTOM')),
    custom_type   text        not null default '' check (length(custom_type) <= 80),
    number        text        not null check (length(number) between 1 and 60),
    issuer        text        not null check (length(issuer) between 1 and 120),
    issued_on     date,
    expires_on    date,
    required      boolean     not null default false,
    document      bytea       check (octet_length(document) <= 10485760),
    document_type text        check (document_type in ('application/pdf', 'image/jpeg', 'image/png')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    unique (workspace_id, id),
    foreign key (workspace_id, teammate_id) references teammate (workspace_id, id),
    check ((type = 'CUSTOM') = (custom_type <> '')),
    check (issued_on is null or expires_on is null or expires_on >= issued_on),
    check ((document is null) = (document_type is null))
);
-- A provider's own list, and the booking page's question whether a required one has lapsed.
create index credential_by_teammate on credential (teammate_id, expires_on) include (required);
-- The Credentials screen: a practice's credentials by expiry date.
create index credential_by_workspace_expiry on credential (workspace_id, expires_on);
-- The daily reminder pass: every practice's credentials whose expiry date falls in a window of days.
create index credential_by_expiry on credential (expires_on) include (workspace_id, teammate_id);

-- Whether a provider with a lapsed required credential is taken off the public booking page (off by default).
alter table workspace add column hide_lapsed_providers boolean not null default false;
