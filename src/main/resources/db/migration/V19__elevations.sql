-- Temporary elevation (break-glass): a teammate holds another role from starts_at until ends_at, for a reason,
-- granted by an administrator; previous_role_id is what returns at the end. Kept after it ends, for review.
create table elevation (
    id               uuid        primary key,
    workspace_id     uuid        not null references workspace,
    teammate_id      uuid        not null,
    role_id          uuid        not null,
    previous_role_id uuid        not null,
    reason           text        not null check (length(reason) between 1 and 500),
    granted_by       uuid        not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null check (ends_at > starts_at),
    ended_at         timestamptz,
    end_reason       text        check (length(end_reason) <= 500),
    foreign key (workspace_id, teammate_id) references teammate (workspace_id, id),
    foreign key (workspace_id, role_id) references role (workspace_id, id),
    foreign key (workspace_id, previous_role_id) references role (workspace_id, id),
    foreign key (workspace_id, granted_by) references teammate (workspace_id, id)
);
-- At most one elevation open per teammate; the open ones by their end, for the job that ends them.
create unique index elevation_one_open on elevation (teammate_id) where ended_at is null;
create index elevation_open_by_end on elevation (ends_at) where ended_at is null;
create index elevation_by_workspace on elevation (workspace_id, starts_at desc);
