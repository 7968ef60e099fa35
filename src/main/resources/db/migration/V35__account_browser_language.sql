-- The language the person's browser asked for at their last sign-in, among those Staffroom speaks (a BCP 47 language
-- tag such as 'fr'); null before any sign-in or when it asked for none of them. Mail to a person who chose no language
-- in My profile is written in it, before the language of whoever sends it.
alter table account add column browser_language text check (browser_language ~ '^[a-z]{2,3}$');
