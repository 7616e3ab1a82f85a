package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The guard's SQL on H2 in PostgreSQL mode, as start-dev runs it, concurrent writers included. */
class H2SignInGuardTest {

  private JdbcClient jdbc;
  private TransactionTemplate transactions;
  private AccountFailures failures;

  @BeforeEach
  void database() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:guard-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    failures = new AccountFailures(jdbc);
  }

  @Test
  void concurrentFailuresAreAllCounted() throws Exception {
    GuardKey key = GuardKey.of(TenantId.random(), "user:" + UUID.randomUUID());
    int threads = 12;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      done.add(pool.submit(() -> {
        start.await();
        return transactions.execute(status -> failures.count(key, Instant.now()));
      }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(1, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(jdbc.sql("select failures from sign_in_failure where account_key = ?").param(key.accountKey())
        .query(Integer.class).single()).isEqualTo(threads);
  }

  @Test
  void resetForgetsTheFailures() {
    GuardKey key = GuardKey.unknown("acme", "someone@example.org");
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    for (int i = 0; i < 5; i++) {
      Instant at = now.plusSeconds(10L * i);
      transactions.execute(status -> failures.count(key, at));
    }
    GuardState was = transactions.execute(status -> failures.reset(key)).orElseThrow();
    assertThat(was.failures()).isEqualTo(5);
    assertThat(was.lockedUntil()).isEqualTo(now.plusSeconds(40).plus(Duration.ofMinutes(1)));
    java.util.Optional<GuardState> none = transactions.execute(status -> failures.reset(key));
    assertThat(none).isEmpty();
  }

  @Test
  void addressesAreThrottledInASlidingWindow() {
    AddressThrottle throttle = new AddressThrottle(jdbc, new SignInGuardProperties(20, Duration.ofMinutes(10)));
    Instant now = Instant.parse("2026-03-01T09:00:30Z");
    for (int i = 0; i < 20; i++) {
      Instant at = now.plusSeconds(20L * i);
      assertThat(throttle.blocked("192.0.2.7", at)).isFalse();
      transactions.execute(status -> throttle.failed("192.0.2.7", at));
    }
    assertThat(throttle.blocked("192.0.2.7", now.plusSeconds(400))).isTrue();
    assertThat(throttle.blocked("192.0.2.8", now.plusSeconds(400))).isFalse();
    assertThat(throttle.blocked("192.0.2.7", now.plus(Duration.ofMinutes(20)))).isFalse();
  }
}
