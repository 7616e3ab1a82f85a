package io.tillid.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failure counters per account in the database, so that every node counts alike. The row is
 * locked before it is read and written, so concurrent failures of one account queue up and none is
 * lost (plain SQL that PostgreSQL and H2 in PostgreSQL mode both run). Callers hold a transaction.
 */
@Component
class AccountFailures {

  private final JdbcClient jdbc;

  AccountFailures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Counts one failure under the policy; returns the state before and after it. */
  Transition count(GuardKey key, Instant at) {
    Instant now = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
    jdbc.sql("""
        insert into sign_in_failure (tenant_id, account_key, failures) values (:tenant, :key, 0)
        on conflict do nothing""")
        .param("tenant", key.tenant().value()).param("key", key.accountKey()).update();
    GuardState before = jdbc.sql("""
        select failures, last_failure_at, locked_until from sign_in_failure
        where tenant_id = :tenant and account_key = :key for update""")
        .param("tenant", key.tenant().value()).param("key", key.accountKey())
        .query((rs, row) -> new GuardState(rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class)),
            instant(rs.getObject(3, OffsetDateTime.class))))
        .single();
    GuardState after = LockoutPolicy.afterFailure(before, now);
    jdbc.sql("""
        update sign_in_failure set failures = :failures, last_failure_at = :last, locked_until = :until
        where tenant_id = :tenant and account_key = :key""")
        .param("failures", after.failures()).param("last", time(after.lastFailureAt()))
        .param("until", time(after.lockedUntil()))
        .param("tenant", key.tenant().value()).param("key", key.accountKey()).update();
    return new Transition(before, after);
  }

  /**
   * Takes back a failure counted in advance for an attempt that turned out right but is not
   * finished (a second factor follows): the account returns to its state before, unless something
   * else was counted meanwhile, in which case the stricter state stays.
   */
  void takeBack(GuardKey key, Transition counted) {
    jdbc.sql("""
        update sign_in_failure set failures = :failures, last_failure_at = :last, locked_until = :until
        where tenant_id = :tenant and account_key = :key and failures = :afterFailures
          and last_failure_at = :afterLast""")
        .param("failures", counted.before().failures()).param("last", time(counted.before().lastFailureAt()))
        .param("until", time(counted.before().lockedUntil()))
        .param("afterFailures", counted.after().failures()).param("afterLast", time(counted.after().lastFailureAt()))
        .param("tenant", key.tenant().value()).param("key", key.accountKey()).update();
  }

  /** The account's failures as they stand, if it has any. */
  Optional<GuardState> state(GuardKey key) {
    return jdbc.sql("""
        select failures, last_failure_at, locked_until from sign_in_failure
        where tenant_id = :tenant and account_key = :key""")
        .param("tenant", key.tenant().value()).param("key", key.accountKey())
        .query((rs, row) -> new GuardState(rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class)),
            instant(rs.getObject(3, OffsetDateTime.class))))
        .optional();
  }

  /** Forgets the account's failures; returns what they were. */
  Optional<GuardState> reset(GuardKey key) {
    Optional<GuardState> before = jdbc.sql("""
        select failures, last_failure_at, locked_until from sign_in_failure
        where tenant_id = :tenant and account_key = :key for update""")
        .param("tenant", key.tenant().value()).param("key", key.accountKey())
        .query((rs, row) -> new GuardState(rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class)),
            instant(rs.getObject(3, OffsetDateTime.class))))
        .optional();
    before.ifPresent(state -> jdbc.sql("delete from sign_in_failure where tenant_id = :tenant and account_key = :key")
        .param("tenant", key.tenant().value()).param("key", key.accountKey()).update());
    return before;
  }

  record Transition(GuardState before, GuardState after) {}

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
