-- The clustered scheduler's own table (db-scheduler's PostgreSQL schema): every node polls it, and a row
-- is picked by exactly one node, so each job runs once in a cluster and resumes after a restart.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- Notices the calendar jobs sent: one row per subject, kind and occasion, so a reminder goes out once
-- however often (and on however many nodes) a pass runs, and a pass that missed its day catches up.
create table calendar_notice (
    workspace_id uuid        not null references workspace,
    subject_id   uuid        not null,
    kind         text        not null check (kind ~ '^[A-Z_0-9]{1,40}$'),
    occasion     text        not null check (length(occasion) between 1 and 80),
    sent_at      timestamptz not null,
    primary key (workspace_id, subject_id, kind, occasion)
);
