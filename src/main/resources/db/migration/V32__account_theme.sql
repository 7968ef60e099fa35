-- The light or dark theme a person chose in My profile; SYSTEM follows the device's own setting.
alter table account add column theme text not null default 'SYSTEM' check (theme in ('SYSTEM', 'LIGHT', 'DARK'));
