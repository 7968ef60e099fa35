-- A practice's own clock, currency and idle sign-out; its owner; the addresses it used to have; the
-- one-time setup of a fresh instance; and who may create further practices on this instance.
alter table workspace
    add column time_zone            text    not null default 'UTC' check (length(time_zone) between 1 and 64),
    add column currency             char(3) not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
    add column idle_timeout_minutes integer not null default 30 check (idle_timeout_minutes between 5 and 720),
    add column owner_teammate_id    uuid,
    add column version              integer not null default 0;

-- The owner is a teammate of the same practice; checked at commit so a practice and its owner can be
-- written in one transaction.
alter table workspace add constraint workspace_owner_is_teammate
    foreign key (id, owner_teammate_id) references teammate (workspace_id, id) deferrable initially deferred;

-- A practice's previous booking-page addresses keep answering (with a redirect) until `until`.
create table practice_slug_redirect (
    slug         text        primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
    workspace_id uuid        not null references workspace,
    until        timestamptz not null
);
create index practice_slug_redirect_by_workspace on practice_slug_redirect (workspace_id);

-- The one setup link of an instance without any practice: only its SHA-256 is kept, one at a time.
create table setup_token (
    singleton    boolean     primary key default true check (singleton),
    token_sha256 bytea       not null check (octet_length(token_sha256) = 32),
    created_at   timestamptz not null default now()
);

-- Accounts that may create further practices on this instance.
create table instance_operator (
    account_id uuid        primary key references account,
    granted_by uuid        references account,
    granted_at timestamptz not null default now()
);

-- Practices that exist already: the earliest active Admin owns each; the owner of the oldest one operates the instance.
update workspace w
   set owner_teammate_id = (select t.id
                              from teammate t join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                             where t.workspace_id = w.id and t.status = 'ACTIVE' and r.built_in = 'ADMIN'
                             order by t.activated_at, t.id limit 1);

insert into instance_operator (account_id)
select t.account_id
  from workspace w join teammate t on t.id = w.owner_teammate_id
 order by w.created_at, w.id
 limit 1;
