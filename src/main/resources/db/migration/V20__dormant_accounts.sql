-- Dormant accounts: after this many days (30-365) without a sign-in to the practice, an active teammate is
-- deactivated (warned 7 days before); null leaves the rule off. A teammate an Admin exempted keeps the reason.
alter table workspace add column dormant_after_days integer check (dormant_after_days between 30 and 365);
alter table teammate add column dormancy_exemption text check (length(dormancy_exemption) between 1 and 500);

-- Since when an active teammate has not signed in (the later of the last sign-in and becoming active): the
-- dormant-account job reads the oldest of a practice first.
create index teammate_dormant_since on teammate (workspace_id, greatest(last_login_at, status_changed_at, activated_at))
    where status = 'ACTIVE' and dormancy_exemption is null;
