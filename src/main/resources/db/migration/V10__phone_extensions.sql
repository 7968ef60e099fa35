-- A phone number keeps its extension: E.164, then ";ext=" and up to 20 digits as in a tel: URI (RFC 3966).
alter table teammate drop constraint teammate_phones_check;
alter table teammate add constraint teammate_phones_check
    check (cardinality(phones) <= 4
           and array_to_string(phones, ',') ~ '^(\+[1-9][0-9]{6,14}(;ext=[0-9]{1,20})?(,\+[1-9][0-9]{6,14}(;ext=[0-9]{1,20})?)*)?$');
