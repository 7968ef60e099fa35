-- A teammate's photo has a version of its own, raised by every change of the photo and by nothing else:
-- screens name the photo by it (in its URL) and read the bytes again only when it changed.
alter table teammate add column photo_version integer not null default 0;

create function teammate_count_photo_changes() returns trigger language plpgsql as $$
begin
    new.photo_version = old.photo_version + 1;
    return new;
end $$;

create trigger teammate_count_photo_changes
    before update of photo on teammate
    for each row when (old.photo is distinct from new.photo) execute function teammate_count_photo_changes();
