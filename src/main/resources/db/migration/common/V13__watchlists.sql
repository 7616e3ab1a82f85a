-- Screening: watch lists. Lists are platform reference data, the same published lists for every
-- tenant, so these tables carry no tenant_id and no row-level security.
--
-- Each import of a list is a version. An entry is stored once per content it had: valid_from is the
-- version that listed it with that content, valid_to the first version that no longer did (changed
-- or removed); valid_to null means it is in the current version. A failed import writes nothing.

create table watchlist_version (
    list_name      varchar(40)              not null,
    version        integer                  not null,
    source_format  varchar(20)              not null,
    imported_at    timestamp with time zone not null,
    file_sha256    char(64)                 not null,
    entity_count   integer                  not null,
    added_count    integer                  not null,
    changed_count  integer                  not null,
    removed_count  integer                  not null,
    state          varchar(12)              not null,
    primary key (list_name, version),
    constraint watchlist_version_state check (state in ('current', 'superseded'))
);

create table watchlist_entity (
    list_name       varchar(40)  not null,
    entity_id       varchar(200) not null,
    valid_from      integer      not null,
    valid_to        integer,
    content_sha256  char(64)     not null,
    content         varchar      not null,
    primary key (list_name, entity_id, valid_from)
);

create index watchlist_entity_current on watchlist_entity (list_name, valid_to);

-- What each version added, changed and removed, by entity id and content hash (after the change;
-- for a removal, the last content), for ongoing monitoring and for knowing whether an entry changed.
create table watchlist_change (
    list_name       varchar(40)  not null,
    version         integer      not null,
    entity_id       varchar(200) not null,
    change_kind     varchar(8)   not null,
    content_sha256  char(64)     not null,
    primary key (list_name, version, entity_id),
    foreign key (list_name, version) references watchlist_version (list_name, version),
    constraint watchlist_change_kind check (change_kind in ('added', 'changed', 'removed'))
);

-- Ownership relations (OpenSanctions FtM), kept whole per version: they are few.
create table watchlist_ownership (
    list_name    varchar(40)   not null,
    version      integer       not null,
    relation_id  varchar(200)  not null,
    owner_id     varchar(200)  not null,
    asset_id     varchar(200)  not null,
    share        numeric(7, 4),
    primary key (list_name, version, relation_id),
    foreign key (list_name, version) references watchlist_version (list_name, version)
);
