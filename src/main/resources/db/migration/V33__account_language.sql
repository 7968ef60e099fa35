-- The language a person chose to read Staffroom and its emails in (a BCP 47 language tag such as 'fr');
-- null follows the browser's languages on screen and English in email.
alter table account add column language text check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$');
