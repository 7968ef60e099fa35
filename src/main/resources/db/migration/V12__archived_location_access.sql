-- Who had access to a location when it was archived: restoring the location gives it back to them.
create table archived_location_access (
    workspace_id uuid not null,
    location_id  uuid not null,
    teammate_id  uuid not null,
    primary key (location_id, teammate_id),
    foreign key (workspace_id, teammate_id) references teammate (workspace_id, id),
    foreign key (workspace_id, location_id) references location (workspace_id, id)
);

-- Locations archived before: their access moves aside the same way, and defaults move to a location still open.
insert into archived_location_access (workspace_id, location_id, teammate_id)
select tl.workspace_id, tl.location_id, tl.teammate_id
  from teammate_location tl join location l on l.id = tl.location_id
 where l.archived_at is not null;

update teammate t
   set default_location_id = (select tl.location_id
                                from teammate_location tl join location l on l.id = tl.location_id
                               where tl.teammate_id = t.id and l.archived_at is null
                               order by lower(l.name), l.id limit 1)
 where t.default_location_id in (select id from location where archived_at is not null);

delete from teammate_location tl using location l
 where l.id = tl.location_id and l.archived_at is not null;
