-- Brute-force defence (io.tillid.identity.internal.SignInGuard).
--
-- sign_in_failure: one row per account that has failed recently. tenant_id leads the key like
-- every tenant-owned key; platform admins and attempts at accounts that do not exist are kept
-- under the platform's all-zero tenant id. account_key is the principal id (user:UUID,
-- admin:UUID) or, for an account that does not exist, unknown: and a SHA-256 of organisation and
-- e-mail address, so that such attempts are throttled alike without storing the address.
create table sign_in_failure (
    tenant_id        uuid         not null,
    account_key      varchar(100) not null,
    failures         integer      not null,
    last_failure_at  timestamp with time zone,
    locked_until     timestamp with time zone,
    primary key (tenant_id, account_key)
);

create index sign_in_failure_last on sign_in_failure (last_failure_at);

-- sign_in_address_failure: failures per client address and minute, so that every node sees the
-- same sliding window. address_key is a SHA-256 of the address (IPv6 by its /64 prefix).
create table sign_in_address_failure (
    address_key   varchar(64) not null,
    minute_start  timestamp with time zone not null,
    failures      integer     not null,
    primary key (address_key, minute_start)
);

create index sign_in_address_failure_minute on sign_in_address_failure (minute_start);
