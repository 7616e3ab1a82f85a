package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** API keys' SQL and rate limit buckets on H2 in PostgreSQL mode, as start-dev runs them. */
class H2ApiKeysTest {

  private DriverManagerDataSource dataSource;
  private JdbcClient jdbc;

  @BeforeEach
  void database() {
    dataSource = new DriverManagerDataSource("jdbc:h2:mem:keys-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load().migrate();
    jdbc = JdbcClient.create(dataSource);
  }

  @Test
  void aKeyIsStoredFoundTouchedAndRevoked() {
    TenantId tenant = TenantId.random();
    jdbc.sql("insert into tenant (id, slug, name, created_at, updated_at) values (?, ?, 'T', "
        + "current_timestamp, current_timestamp)").params(tenant.value(), "t-" + UUID.randomUUID()).update();
    ApiKeyRepository keys = new ApiKeyRepository(jdbc);
    ApiKeySecrets.Issued issued = ApiKeySecrets.issue();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    UUID id = UUID.randomUUID();
    keys.insert(tenant, new ApiKeyRepository.StoredKey(id, issued.prefix(), issued.secretHash(), "k", "customers.read",
        "10.0.0.0/8", "user:" + UUID.randomUUID(), now, now.plus(Duration.ofDays(1)), null, null, null));

    assertThat(keys.tenantOf(issued.prefix())).contains(tenant);
    ApiKeyRepository.StoredKey found = keys.findByPrefix(tenant, issued.prefix()).orElseThrow();
    assertThat(found.expiresAt()).isEqualTo(now.plus(Duration.ofDays(1)));
    String secret = ApiKeySecrets.parse(issued.text()).orElseThrow().secret();
    assertThat(ApiKeySecrets.matches(secret, found.secretHash())).isTrue();
    assertThat(ApiKeySecrets.matches(secret.replace(secret.charAt(0), secret.charAt(0) == 'A' ? 'B' : 'A'),
        found.secretHash())).isFalse();

    keys.touch(tenant, id, now, "10.1.2.3");
    assertThat(keys.find(tenant, id).orElseThrow().lastUsedAddress()).isEqualTo("10.1.2.3");
    assertThat(keys.revoke(tenant, id, "user:x", now)).isTrue();
    assertThat(keys.revoke(tenant, id, "user:x", now)).as("only once").isFalse();
    assertThat(keys.list(tenant)).singleElement().extracting(ApiKeyRepository.StoredKey::revokedAt).isEqualTo(now);
  }

  @Test
  void bucketsAreKeptInMemoryOnTheEmbeddedDatabase() {
    RateLimitBuckets buckets = RateLimitBuckets.on(dataSource);
    assertThat(buckets.take("x", 2, Duration.ofMinutes(1)).allowed()).isTrue();
    assertThat(buckets.take("x", 2, Duration.ofMinutes(1)).allowed()).isTrue();
    RateLimitBuckets.Decision refused = buckets.take("x", 2, Duration.ofMinutes(1));
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.secondsToWait()).isBetween(1L, 60L);
    assertThat(jdbc.sql("select count(*) from rate_limit_bucket").query(Integer.class).single()).isZero();
  }

  @Test
  void malformedKeysNeverReachTheDatabase() {
    assertThat(ApiKeySecrets.parse(null)).isEmpty();
    assertThat(ApiKeySecrets.parse("tl_short_secret")).isEmpty();
    assertThat(ApiKeySecrets.parse("Bearer abc")).isEmpty();
    assertThat(ApiKeySecrets.parse(ApiKeySecrets.issue().text())).isPresent();
  }
}
