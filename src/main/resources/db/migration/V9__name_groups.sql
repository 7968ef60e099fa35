-- How many teammates of each workspace and status have a name (sort_name) starting with each three
-- letters. A jump to row n of a long list in name order starts counting at the group that holds row n
-- instead of at the first row: in the "C" collation every name of an earlier group sorts before the
-- group's three letters, and every name of the group after them.
create table teammate_name_group (
    workspace_id uuid   not null references workspace,
    status       text   not null check (status in ('PENDING', 'ACTIVE', 'INACTIVE')),
    name_start   text   collate "C" not null,
    teammates    bigint not null default 0 check (teammates >= 0),
    primary key (workspace_id, status, name_start)
);

insert into teammate_name_group (workspace_id, status, name_start, teammates)
select workspace_id, status, left(sort_name, 3), count(*) from teammate group by 1, 2, 3;

-- Statement-level, like the tally: a bulk insert updates each group once; an update that moves nobody
-- (a sign-in, say) writes nothing.
create function teammate_name_group_moved() returns trigger language plpgsql as $$
begin
    insert into teammate_name_group (workspace_id, status, name_start)
    select distinct workspace_id, status, left(sort_name, 3) from added
    on conflict do nothing;
    update teammate_name_group as grp set teammates = grp.teammates + moves.delta
      from (select workspace_id, status, name_start, sum(delta) as delta
              from (select workspace_id, status, left(sort_name, 3) collate "C" as name_start, 1 as delta from added
                    union all
                    select workspace_id, status, left(sort_name, 3) collate "C", -1 from removed) each_move
             group by workspace_id, status, name_start
            having sum(delta) <> 0) moves
     where grp.workspace_id = moves.workspace_id and grp.status = moves.status and grp.name_start = moves.name_start;
    return null;
end $$;

create function teammate_name_group_added() returns trigger language plpgsql as $$
begin
    insert into teammate_name_group as grp (workspace_id, status, name_start, teammates)
    select workspace_id, status, left(sort_name, 3), count(*) from added group by 1, 2, 3
    on conflict (workspace_id, status, name_start) do update set teammates = grp.teammates + excluded.teammates;
    return null;
end $$;

create function teammate_name_group_removed() returns trigger language plpgsql as $$
begin
    update teammate_name_group as grp set teammates = grp.teammates - gone.teammates
      from (select workspace_id, status, left(sort_name, 3) collate "C" as name_start, count(*) as teammates
              from removed group by 1, 2, 3) gone
     where grp.workspace_id = gone.workspace_id and grp.status = gone.status and grp.name_start = gone.name_start;
    return null;
end $$;

create trigger teammate_name_group_insert after insert on teammate
    referencing new table as added for each statement execute function teammate_name_group_added();
create trigger teammate_name_group_delete after delete on teammate
    referencing old table as removed for each statement execute function teammate_name_group_removed();
create trigger teammate_name_group_update after update on teammate
    referencing old table as removed new table as added for each statement execute function teammate_name_group_moved();
