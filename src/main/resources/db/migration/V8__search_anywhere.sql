-- The teammates search matches anywhere in a name or email ("connor" finds O'Connor, "example.org" finds
-- a domain): LIKE '%fragment%' is served by trigram indexes. pg_trgm ships with PostgreSQL (contrib) and
-- is a trusted extension, so the database owner may create it without being a superuser.
create extension if not exists pg_trgm;

create index teammate_name_trigrams on teammate using gin (sort_name gin_trgm_ops);
create index teammate_email_trigrams on teammate using gin (search_email gin_trgm_ops);

-- The last name is part of sort_name ("first last"), so a search no longer needs an index of its own.
drop index teammate_by_last_name;

-- A search that matches many people walks the name index until it has a page: with the email in the
-- index too, the walk tests both without visiting the table.
drop index teammate_by_name;
create index teammate_by_name on teammate (workspace_id, status, sort_name, id) include (search_email);

-- The planner estimates how many rows a '%fragment%' matches from the column's statistics sample: a
-- larger sample makes the estimate good enough to choose between walking the name index and the trigram
-- index, and to tell a list that is counted exactly from one that is counted by estimate.
alter table teammate alter column sort_name set statistics 1000, alter column search_email set statistics 1000;
analyze teammate;
