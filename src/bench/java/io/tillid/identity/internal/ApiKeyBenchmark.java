package io.tillid.identity.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tillid.support.TestDatabase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * What an API key request costs on top of the work itself: checking the key's secret (SHA-256, as
 * stored; against Argon2id with the parameters used for passwords, to show why keys do not use
 * it) and taking a token from a rate limit bucket kept in PostgreSQL (Bucket4j, SELECT ... FOR
 * UPDATE), against a bare {@code select 1} round trip on the same pool as the baseline. Needs the
 * local PostgreSQL; makes the database TILLID_TEST_DB_NAME afresh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ApiKeyBenchmark {

  private HikariDataSource dataSource;
  private JdbcClient jdbc;
  private RateLimitBuckets buckets;
  private String secret;
  private String sha256;
  private String argon2;
  private final Argon2PasswordEncoder passwords = new Argon2PasswordEncoder(16, 32, 1, 19_456, 5);

  @Setup
  public void setUp() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestDatabase.url());
    config.setUsername(TestDatabase.user());
    config.setPassword(TestDatabase.password());
    config.setMaximumPoolSize(2);
    dataSource = new HikariDataSource(config);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common",
        "classpath:db/migration/postgresql").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    buckets = RateLimitBuckets.on(dataSource);
    ApiKeySecrets.Issued issued = ApiKeySecrets.issue();
    secret = ApiKeySecrets.parse(issued.text()).orElseThrow().secret();
    sha256 = issued.secretHash();
    argon2 = passwords.encode(secret);
  }

  @TearDown
  public void tearDown() {
    dataSource.close();
  }

  @Benchmark
  public Integer baselineSelectOne() {
    return jdbc.sql("select 1").query(Integer.class).single();
  }

  @Benchmark
  public boolean takeFromSharedBucket() {
    return buckets.take("bench:hot", 1_000_000_000L, Duration.ofMinutes(1)).allowed();
  }

  @Benchmark
  public boolean checkSecretSha256() {
    return ApiKeySecrets.matches(secret, sha256);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public boolean checkSecretArgon2id() {
    return passwords.matches(secret, argon2);
  }
}
