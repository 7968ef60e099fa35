-- The teammates grid at a million rows: every sort order and prefix search has an index, and the tab
-- counts come from a tally kept by triggers instead of counting rows.

-- The "C" collation makes one btree index serve both ORDER BY and LIKE 'prefix%'.
drop index teammate_name_prefix;
drop index teammate_email_prefix;
drop index teammate_by_role;
drop index teammate_by_last_login;
alter table teammate
    alter column sort_name type text collate "C",
    alter column search_email type text collate "C",
    add column search_last_name text collate "C" not null default '',
    add column role_sort text collate "C" not null default '';

create or replace function teammate_copy_account_fields() returns trigger language plpgsql as $$
begin
    select lower(a.first_name || ' ' || a.last_name), lower(a.email), lower(a.last_name)
      into new.sort_name, new.search_email, new.search_last_name
      from account a where a.id = new.account_id;
    return new;
end $$;

create or replace function account_propagate_fields() returns trigger language plpgsql as $$
begin
    update teammate
       set sort_name = lower(new.first_name || ' ' || new.last_name),
           search_email = lower(new.email),
           search_last_name = lower(new.last_name)
     where account_id = new.id;
    return new;
end $$;

create function teammate_copy_role_name() returns trigger language plpgsql as $$
begin
    select lower(r.name) into new.role_sort from role r where r.id = new.role_id;
    return new;
end $$;

create trigger teammate_copy_role_name
    before insert or update of role_id on teammate
    for each row execute function teammate_copy_role_name();

create function role_propagate_name() returns trigger language plpgsql as $$
begin
    update teammate set role_sort = lower(new.name) where role_id = new.id and workspace_id = new.workspace_id;
    return new;
end $$;

create trigger role_propagate_name
    after update of name on role
    for each row execute function role_propagate_name();

update teammate t
   set search_last_name = lower(a.last_name), role_sort = lower(r.name)
  from account a, role r
 where a.id = t.account_id and r.id = t.role_id;

create index teammate_by_last_name on teammate (workspace_id, status, search_last_name, id);
create index teammate_by_role_name on teammate (workspace_id, status, role_sort, sort_name, id);
create index teammate_by_role on teammate (workspace_id, status, role_id, sort_name, id);
create index teammate_by_last_login on teammate
    (workspace_id, status, (coalesce(last_login_at, '1900-01-01 00:00:00+00'::timestamptz)), id);

-- How many teammates (and how many of them providers) each workspace has in each status.
create table teammate_tally (
    workspace_id uuid   not null references workspace,
    status       text   not null check (status in ('PENDING', 'ACTIVE', 'INACTIVE')),
    teammates    bigint not null default 0 check (teammates >= 0),
    providers    bigint not null default 0 check (providers >= 0),
    primary key (workspace_id, status)
);

insert into teammate_tally (workspace_id, status, teammates, providers)
select workspace_id, status, count(*), count(*) filter (where works_as_provider)
  from teammate group by workspace_id, status;

-- Statement-level triggers: a bulk insert of a million rows updates each tally row once.
create function teammate_tally_added() returns trigger language plpgsql as $$
begin
    insert into teammate_tally as tally (workspace_id, status, teammates, providers)
    select workspace_id, status, count(*), count(*) filter (where works_as_provider)
      from added group by workspace_id, status
    on conflict (workspace_id, status) do update
       set teammates = tally.teammates + excluded.teammates,
           providers = tally.providers + excluded.providers;
    return null;
end $$;

create function teammate_tally_removed() returns trigger language plpgsql as $$
begin
    update teammate_tally as tally
       set teammates = tally.teammates - gone.teammates, providers = tally.providers - gone.providers
      from (select workspace_id, status, count(*) as teammates, count(*) filter (where works_as_provider) as providers
              from removed group by workspace_id, status) gone
     where tally.workspace_id = gone.workspace_id and tally.status = gone.status;
    return null;
end $$;

create function teammate_tally_changed() returns trigger language plpgsql as $$
begin
    insert into teammate_tally (workspace_id, status)
    select distinct workspace_id, status from added
    on conflict do nothing;
    update teammate_tally as tally
       set teammates = tally.teammates + delta.teammates, providers = tally.providers + delta.providers
      from (select workspace_id, status, sum(teammates) as teammates, sum(providers) as providers
              from (select workspace_id, status, 1 as teammates, case when works_as_provider then 1 else 0 end as providers
                      from added
                    union all
                    select workspace_id, status, -1, case when works_as_provider then -1 else 0 end
                      from removed) changes
             group by workspace_id, status) delta
     where tally.workspace_id = delta.workspace_id and tally.status = delta.status;
    return null;
end $$;

create trigger teammate_tally_insert after insert on teammate
    referencing new table as added for each statement execute function teammate_tally_added();
create trigger teammate_tally_delete after delete on teammate
    referencing old table as removed for each statement execute function teammate_tally_removed();
create trigger teammate_tally_update after update on teammate
    referencing old table as removed new table as added for each statement execute function teammate_tally_changed();
