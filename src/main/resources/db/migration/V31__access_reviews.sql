-- Audit "run access reviews": holders start access reviews and decide the rows given to them.
alter table role_permission drop constraint role_permission_permission_check;
alter table role_permission add constraint role_permission_permission_check check (permission in (
    'CALENDAR_VIEW', 'CALENDAR_CREATE', 'CALENDAR_DELETE',
    'BILLING_PROCESS_PAYMENTS', 'BILLING_ISSUE_REFUNDS', 'BILLING_VIEW_REVENUE_REPORTS',
    'CLINICAL_ACCESS_CHARTS', 'CLINICAL_WRITE_NOTES', 'CLINICAL_MANAGE_MEDICATIONS',
    'TEAM_VIEW', 'TEAM_ALL_LOCATIONS', 'TEAM_MANAGE_USERS', 'TEAM_MANAGE_ROLES',
    'AUDIT_VIEW', 'AUDIT_RUN_REVIEWS',
    'SETTINGS_MANAGE'));

-- The Admin role always holds every permission, in existing practices too.
insert into role_permission (workspace_id, role_id, permission)
select r.workspace_id, r.id, 'AUDIT_RUN_REVIEWS' from role r where r.built_in = 'ADMIN'
on conflict do nothing;

-- The practice's choice: an access review of the whole practice starts by itself every calendar quarter.
alter table workspace add column quarterly_access_review boolean not null default false;

-- A review: its scope (the whole practice, or one location, named as it was), who started it and when,
-- and, once every row is decided, when it closed. A scheduled review names its quarter: one per quarter.
create table access_review (
    id                     uuid        primary key,
    workspace_id           uuid        not null references workspace,
    location_id            uuid,
    scope_label            text        not null check (length(scope_label) between 1 and 200),
    started_at             timestamptz not null,
    started_by_teammate_id uuid,
    started_by_label       text        not null check (length(started_by_label) between 1 and 300),
    quarter                text        check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    closed_at              timestamptz,
    unique (workspace_id, id),
    foreign key (workspace_id, location_id) references location (workspace_id, id),
    foreign key (workspace_id, started_by_teammate_id) references teammate (workspace_id, id),
    check (closed_at is null or closed_at >= started_at)
);
create unique index access_review_one_per_quarter on access_review (workspace_id, quarter) where quarter is not null;
create index access_review_by_time on access_review (workspace_id, started_at desc);

-- One person as they were when the review started (frozen), the reviewer the row is given to, and the
-- reviewer's decision with an optional note. A decision is final.
create table access_review_row (
    workspace_id           uuid        not null,
    review_id              uuid        not null,
    teammate_id            uuid        not null,
    position               integer     not null check (position >= 0),
    name                   text        not null,
    email                  text        not null,
    role                   text        not null,
    locations              text        not null,
    last_sign_in           timestamptz,
    two_factor             text        not null,
    elevation              text,
    reviewer_teammate_id   uuid        not null,
    reviewer_label         text        not null,
    decision               text        check (decision in ('KEPT', 'CHANGED', 'DEACTIVATED')),
    note                   text        check (length(note) <= 500),
    decided_at             timestamptz,
    decided_by_teammate_id uuid,
    decided_by_label       text,
    primary key (review_id, teammate_id),
    unique (review_id, position),
    foreign key (workspace_id, review_id) references access_review (workspace_id, id),
    foreign key (workspace_id, teammate_id) references teammate (workspace_id, id),
    foreign key (workspace_id, reviewer_teammate_id) references teammate (workspace_id, id),
    foreign key (workspace_id, decided_by_teammate_id) references teammate (workspace_id, id),
    check ((decision is null) = (decided_at is null)),
    check ((decision is null) = (decided_by_label is null))
);
create index access_review_row_by_reviewer on access_review_row (workspace_id, reviewer_teammate_id, review_id);

-- A closed review and a decided row are kept as they are, for good (like audit_event).
create function access_review_is_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        raise exception 'access reviews are kept: % refused', tg_op using errcode = 'insufficient_privilege';
    end if;
    if tg_table_name = 'access_review' then
        if old.closed_at is not null or tg_op = 'DELETE' then
            raise exception 'a closed access review is kept: % refused', tg_op using errcode = 'insufficient_privilege';
        end if;
    elsif old.decision is not null or tg_op = 'DELETE'
          or exists (select 1 from access_review r where r.id = old.review_id and r.closed_at is not null) then
        raise exception 'a decided row of an access review is kept: % refused', tg_op using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

create trigger access_review_kept before update or delete on access_review
    for each row execute function access_review_is_kept();
create trigger access_review_no_truncate before truncate on access_review
    for each statement execute function access_review_is_kept();
create trigger access_review_row_kept before update or delete on access_review_row
    for each row execute function access_review_is_kept();
create trigger access_review_row_no_truncate before truncate on access_review_row
    for each statement execute function access_review_is_kept();
