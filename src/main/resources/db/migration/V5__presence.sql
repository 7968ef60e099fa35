-- Who has Staffroom open right now, on any node: each open screen keeps its row fresh; rows of a node
-- that stopped without saying goodbye simply grow old and stop counting.
create table presence (
    ui_id        uuid primary key,
    workspace_id uuid        not null references workspace,
    teammate_id  uuid        not null,
    seen_at      timestamptz not null default now(),
    foreign key (workspace_id, teammate_id) references teammate (workspace_id, id)
);
create index presence_by_workspace on presence (workspace_id, seen_at desc);
