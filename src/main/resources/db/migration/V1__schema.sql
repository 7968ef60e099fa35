-- Staffroom schema. Every table except account belongs to exactly one workspace; composite foreign
-- keys on (workspace_id, id) make it impossible for a row to point into another workspace.

create table workspace (
    id                   uuid primary key default gen_random_uuid(),
    name                 text        not null check (length(btrim(name)) between 1 and 120),
    slug                 text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
    phone_region         char(2)     not null default 'US' check (phone_region ~ '^[A-Z]{2}$'),
    seat_plan            text        not null default 'PER_ACTIVE_USER'
                                     check (seat_plan in ('PER_ACTIVE_USER', 'PER_PROVIDER')),
    seat_price_monthly   numeric(10, 2) not null default 12 check (seat_price_monthly >= 0),
    seat_price_yearly    numeric(10, 2) not null default 120 check (seat_price_yearly >= 0),
    invitation_ttl_hours integer     not null default 72 check (invitation_ttl_hours between 1 and 720),
    created_at           timestamptz not null default now()
);

create table location (
    id           uuid primary key default gen_random_uuid(),
    workspace_id uuid        not null references workspace,
    name         text        not null check (length(btrim(name)) between 1 and 120),
    address      text        check (length(address) <= 500),
    archived_at  timestamptz,
    created_at   timestamptz not null default now(),
    version      integer     not null default 0,
    unique (workspace_id, id)
);
create unique index location_name_key on location (workspace_id, lower(name)) where archived_at is null;

-- A person's login, shared by every workspace the person belongs to.
create table account (
    id                        uuid primary key default gen_random_uuid(),
    email                     text        not null check (length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    first_name                text        not null check (length(btrim(first_name)) between 1 and 80),
    last_name                 text        not null check (length(btrim(last_name)) between 1 and 80),
    -- null until the person accepts an invitation and chooses a password
    password_hash             text,
    consecutive_failed_logins integer     not null default 0 check (consecutive_failed_logins >= 0),
    failure_window_started_at timestamptz,
    failures_in_window        integer     not null default 0 check (failures_in_window >= 0),
    locked_until              timestamptz,
    last_login_at             timestamptz,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    version                   integer     not null default 0
);
create unique index account_email_key on account (lower(email));

create table role (
    id           uuid primary key default gen_random_uuid(),
    workspace_id uuid        not null references workspace,
    name         text        not null check (length(btrim(name)) between 1 and 60),
    description  text        not null default '' check (length(description) <= 300),
    -- which built-in role this is; null for a custom role
    built_in     text        check (built_in in ('ADMIN', 'MEDICAL_DIRECTOR', 'PROVIDER', 'FRONT_DESK', 'BILLING_MANAGER')),
    created_at   timestamptz not null default now(),
    version      integer     not null default 0,
    unique (workspace_id, id),
    unique (workspace_id, built_in)
);
create unique index role_name_key on role (workspace_id, lower(name));

create table role_permission (
    workspace_id uuid not null,
    role_id      uuid not null,
    permission   text not null check (permission in (
        'CALENDAR_VIEW', 'CALENDAR_CREATE', 'CALENDAR_DELETE',
        'BILLING_PROCESS_PAYMENTS', 'BILLING_ISSUE_REFUNDS', 'BILLING_VIEW_REVENUE_REPORTS',
        'CLINICAL_ACCESS_CHARTS', 'CLINICAL_WRITE_NOTES', 'CLINICAL_MANAGE_MEDICATIONS',
        'TEAM_VIEW', 'TEAM_MANAGE_USERS', 'TEAM_MANAGE_ROLES',
        'AUDIT_VIEW',
        'SETTINGS_MANAGE')),
    primary key (role_id, permission),
    foreign key (workspace_id, role_id) references role (workspace_id, id) on delete cascade
);

-- An account's membership in one workspace. Never deleted: people who leave become INACTIVE.
create table teammate (
    id                  uuid primary key default gen_random_uuid(),
    workspace_id        uuid        not null references workspace,
    account_id          uuid        not null references account,
    role_id             uuid        not null,
    status              text        not null check (status in ('PENDING', 'ACTIVE', 'INACTIVE')),
    works_as_provider   boolean     not null default false,
    phones              text[]      not null default '{}'
                                    check (cardinality(phones) <= 4
                                           and array_to_string(phones, ',') ~ '^(\+[1-9][0-9]{6,14}(,\+[1-9][0-9]{6,14})*)?$'),
    photo               bytea       check (octet_length(photo) <= 1048576),
    default_location_id uuid,
    invited_by          uuid,
    invited_at          timestamptz,
    activated_at        timestamptz,
    deactivated_at      timestamptz,
    deactivation_reason text        check (length(deactivation_reason) <= 500),
    status_changed_at   timestamptz not null default now(),
    last_login_at       timestamptz,
    -- copies of the account's name and email, kept by triggers, so the grid sorts and searches on indexes
    sort_name           text        not null default '',
    search_email        text        not null default '',
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer     not null default 0,
    unique (workspace_id, id),
    unique (workspace_id, account_id),
    foreign key (workspace_id, role_id) references role (workspace_id, id),
    foreign key (workspace_id, invited_by) references teammate (workspace_id, id),
    check (status <> 'ACTIVE' or activated_at is not null),
    check (status <> 'INACTIVE' or deactivated_at is not null)
);

create table teammate_location (
    workspace_id uuid not null,
    teammate_id  uuid not null,
    location_id  uuid not null,
    primary key (teammate_id, location_id),
    foreign key (workspace_id, teammate_id) references teammate (workspace_id, id),
    foreign key (workspace_id, location_id) references location (workspace_id, id)
);
create index teammate_location_by_location on teammate_location (location_id, teammate_id);

-- The default location is one of the teammate's locations; checked at commit so both can be written in one transaction.
alter table teammate add constraint teammate_default_location_is_granted
    foreign key (id, default_location_id) references teammate_location (teammate_id, location_id)
    deferrable initially deferred;

-- Indexes for the teammates grid: per workspace and status tab, each sort order with id as tie-breaker.
create index teammate_by_name on teammate (workspace_id, status, sort_name, id);
create index teammate_by_email on teammate (workspace_id, status, search_email, id);
create index teammate_by_role on teammate (workspace_id, status, role_id, sort_name, id);
create index teammate_by_last_login on teammate (workspace_id, status, last_login_at, id);
create index teammate_by_status_change on teammate (workspace_id, status, status_changed_at, id);
create index teammate_by_provider on teammate (workspace_id, status, works_as_provider, sort_name, id);
create index teammate_name_prefix on teammate (workspace_id, sort_name text_pattern_ops);
create index teammate_email_prefix on teammate (workspace_id, search_email text_pattern_ops);
create index teammate_by_account on teammate (account_id);

create function teammate_copy_account_fields() returns trigger language plpgsql as $$
begin
    select lower(a.first_name || ' ' || a.last_name), lower(a.email)
      into new.sort_name, new.search_email
      from account a where a.id = new.account_id;
    return new;
end $$;

create trigger teammate_copy_account_fields
    before insert or update of account_id on teammate
    for each row execute function teammate_copy_account_fields();

create function account_propagate_fields() returns trigger language plpgsql as $$
begin
    update teammate
       set sort_name = lower(new.first_name || ' ' || new.last_name), search_email = lower(new.email)
     where account_id = new.id;
    return new;
end $$;

create trigger account_propagate_fields
    after update of first_name, last_name, email on account
    for each row execute function account_propagate_fields();

create table provider_profile (
    teammate_id                 uuid primary key,
    workspace_id                uuid        not null,
    display_name                text        check (length(display_name) <= 120),
    display_title               text        check (length(display_title) <= 120),
    bio                         text        check (length(bio) <= 1000),
    npi                         char(10)    check (npi ~ '^[0-9]{10}$'),
    taxonomy_code               char(10)    check (taxonomy_code ~ '^[0-9]{3}[0-9A-Z]{6}X$'),
    appointment_colour          char(7)     check (appointment_colour ~ '^#[0-9a-fA-F]{6}$'),
    capacity                    integer     not null default 1 check (capacity between 1 and 20),
    scheduling_step_minutes     integer     not null default 15 check (scheduling_step_minutes between 5 and 60),
    available_for_smart_booking boolean     not null default false,
    md_consent_required         boolean     not null default false,
    supervising_teammate_id     uuid,
    goal_procedures_per_week    integer     check (goal_procedures_per_week >= 0),
    goal_procedures_per_month   integer     check (goal_procedures_per_month >= 0),
    goal_sales_per_month        numeric(12, 2) check (goal_sales_per_month >= 0),
    updated_at                  timestamptz not null default now(),
    version                     integer     not null default 0,
    foreign key (workspace_id, teammate_id) references teammate (workspace_id, id),
    foreign key (workspace_id, supervising_teammate_id) references teammate (workspace_id, id),
    check (not md_consent_required or supervising_teammate_id is not null),
    check (supervising_teammate_id is distinct from teammate_id)
);

create table invitation (
    id           uuid primary key default gen_random_uuid(),
    workspace_id uuid        not null,
    teammate_id  uuid        not null,
    -- only the SHA-256 of the emailed token is kept
    token_sha256 bytea       not null unique check (octet_length(token_sha256) = 32),
    status       text        not null default 'PENDING'
                             check (status in ('PENDING', 'ACCEPTED', 'REVOKED', 'REPLACED', 'VOIDED')),
    invited_by   uuid,
    created_at   timestamptz not null default now(),
    last_sent_at timestamptz not null default now(),
    sent_count   integer     not null default 1 check (sent_count >= 1),
    expires_at   timestamptz not null,
    ended_at     timestamptz,
    end_reason   text        check (length(end_reason) <= 500),
    foreign key (workspace_id, teammate_id) references teammate (workspace_id, id),
    foreign key (workspace_id, invited_by) references teammate (workspace_id, id),
    check (expires_at > created_at),
    check ((status = 'PENDING') = (ended_at is null))
);
create unique index invitation_one_pending_per_teammate on invitation (teammate_id) where status = 'PENDING';
create index invitation_by_workspace on invitation (workspace_id, status, last_sent_at desc);

-- Append-only: see the trigger below.
create table audit_event (
    id                bigint generated always as identity primary key,
    workspace_id      uuid        not null references workspace,
    occurred_at       timestamptz not null default now(),
    actor_teammate_id uuid,
    actor_label       text        not null,
    action            text        not null check (action ~ '^[A-Z][A-Z_]*$'),
    target_type       text,
    target_id         uuid,
    target_label      text,
    before_values     jsonb,
    after_values      jsonb,
    foreign key (workspace_id, actor_teammate_id) references teammate (workspace_id, id)
);
create index audit_event_by_time on audit_event (workspace_id, occurred_at desc, id desc);
create index audit_event_by_target on audit_event (workspace_id, target_id, occurred_at desc);
create index audit_event_by_actor on audit_event (workspace_id, actor_teammate_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Transactional outbox: mail is written in the same transaction as the change that causes it.
create table mail_outbox (
    id              uuid primary key default gen_random_uuid(),
    workspace_id    uuid        not null references workspace,
    recipient       text        not null check (length(recipient) <= 254),
    subject         text        not null check (length(subject) <= 300),
    body_text       text        not null,
    body_html       text,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    check ((status = 'SENT') = (sent_at is not null))
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_by_workspace on mail_outbox (workspace_id, created_at desc);
