-- Team "see all locations": without it, a teammate sees only the teammates who share one of their locations.
alter table role_permission drop constraint role_permission_permission_check;
alter table role_permission add constraint role_permission_permission_check check (permission in (
    'CALENDAR_VIEW', 'CALENDAR_CREATE', 'CALENDAR_DELETE',
    'BILLING_PROCESS_PAYMENTS', 'BILLING_ISSUE_REFUNDS', 'BILLING_VIEW_REVENUE_REPORTS',
    'CLINICAL_ACCESS_CHARTS', 'CLINICAL_WRITE_NOTES', 'CLINICAL_MANAGE_MEDICATIONS',
    'TEAM_VIEW', 'TEAM_ALL_LOCATIONS', 'TEAM_MANAGE_USERS', 'TEAM_MANAGE_ROLES',
    'AUDIT_VIEW',
    'SETTINGS_MANAGE'));

-- Existing roles keep seeing what they saw: every built-in role that could see the team now sees all of it.
insert into role_permission (workspace_id, role_id, permission)
select r.workspace_id, r.id, 'TEAM_ALL_LOCATIONS'
  from role r
 where r.built_in in ('ADMIN', 'MEDICAL_DIRECTOR', 'FRONT_DESK', 'BILLING_MANAGER')
on conflict do nothing;
