-- Crypto: key rotation and the master keys a database has known.

-- Every master key this database's keysets have been wrapped with, by id (a hash of its URI), with
-- the URI that opens it. During a master key rotation a keyset row may be wrapped under either the
-- old or the new key; unwrapping uses the row's own master_key_id, so both keep working. A URI names
-- where a key is (a file path, an HSM object, a KMS key ARN), never key material. Not tenant-owned.
create table crypto_master_key (
    id          varchar(200) not null primary key,
    uri         varchar(2000) not null,
    created_at  timestamp with time zone not null
);

-- The start check (crypto_master_check) keeps one value per master key from now on, so a node still
-- configured with the old key during a master key rotation starts too.
create unique index crypto_master_check_key on crypto_master_check (master_key_id);

-- A tenant's data key rotation: a new primary key was added to its data keyset, and the job walks
-- every declared encrypted column (io.tillid.crypto.EncryptedColumn) re-encrypting each value under
-- it; when done, the old keys leave the keyset. Progress (column, last row id, rows done) commits
-- with each batch, so a crash resumes where it stopped.
create table crypto_rotation_job (
    tenant_id      uuid         not null references tenant (id),
    id             uuid         not null,
    state          varchar(20)  not null,
    primary_key_id bigint       not null,
    column_index   int          not null,
    last_row_id    uuid,
    rows_done      bigint       not null,
    rows_total     bigint       not null,
    started_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    primary key (tenant_id, id)
);

create index crypto_rotation_job_state on crypto_rotation_job (tenant_id, state);
