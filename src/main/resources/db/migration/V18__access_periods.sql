-- When a membership is valid: from the start of the practice's day access_starts_on, until the end of the
-- practice's day access_ends_on, or until access_ends_at on that day when a time is given. Kept as the
-- person entered it (days and a time of the practice), so a change of the practice's time zone moves the
-- moments with it.
alter table teammate
    add column access_starts_on date check (access_starts_on between date '2000-01-01' and date '2100-12-31'),
    add column access_ends_on   date check (access_ends_on between date '2000-01-01' and date '2100-12-31'),
    add column access_ends_at   time,
    add constraint teammate_access_ends_after_start
        check (access_ends_on is null or access_starts_on is null or access_ends_on >= access_starts_on),
    add constraint teammate_access_end_time_has_a_day check (access_ends_at is null or access_ends_on is not null);

-- The few memberships with an end still to come: what the calendar job looks at every second.
create index teammate_access_ends on teammate (access_ends_on) where access_ends_on is not null and status <> 'INACTIVE';
