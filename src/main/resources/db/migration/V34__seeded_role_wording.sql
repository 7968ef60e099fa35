-- Whether a built-in role still has the name (and the description) Staffroom seeded it with: screens then show it in
-- the reader's language. Once the practice renames or re-describes it, what the practice wrote shows as written.
alter table role add column name_seeded boolean not null default false,
                 add column description_seeded boolean not null default false,
                 add constraint role_seeded_is_built_in check (built_in is not null or not (name_seeded or description_seeded));

update role r set name_seeded = true
  from (values ('ADMIN', 'Admin'), ('MEDICAL_DIRECTOR', 'Medical Director'), ('PROVIDER', 'Provider'),
               ('FRONT_DESK', 'Front Desk'), ('BILLING_MANAGER', 'Billing Manager')) as seeded (built_in, name)
 where r.built_in = seeded.built_in and r.name = seeded.name;

update role r set description_seeded = true
  from (values ('ADMIN', 'Runs the practice: every permission, always.'),
               ('MEDICAL_DIRECTOR', 'Supervises clinical work and providers.'),
               ('PROVIDER', 'Sees clients and keeps their charts.'),
               ('FRONT_DESK', 'Books appointments and takes payments.'),
               ('BILLING_MANAGER', 'Handles payments, refunds and revenue.')) as seeded (built_in, description)
 where r.built_in = seeded.built_in and r.description = seeded.description;
