package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Token buckets (Bucket4j). On PostgreSQL every bucket is a row of {@code rate_limit_bucket},
 * changed under {@code SELECT ... FOR UPDATE}, so all nodes share one limit; the embedded
 * development database (one node) keeps them in memory. A bucket's id names its capacity and
 * period, so a changed limit starts a fresh bucket; idle rows expire and are removed.
 *
 * <p>Bucket transactions commit without waiting for the WAL flush ({@code SET LOCAL
 * synchronous_commit = off}, for those transactions only): a crash may forget the last fraction of
 * a second of bucket updates, which at worst lets a few requests more through, and a request no
 * longer waits for a disk flush (about 7 ms against under 1 ms on the development machine).
 */
final class RateLimitBuckets {

  /** The answer for one request: allowed or not, and how long until a token is back. */
  record Decision(boolean allowed, long remaining, long secondsToWait) {}

  private static final int MAX_LOCAL_BUCKETS = 10_000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
  private final Map<String, Bucket> local = new ConcurrentHashMap<>();

  private RateLimitBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> shared) {
    this.shared = shared;
  }

  /** Buckets in the database behind the data source when it is PostgreSQL, else in this JVM. */
  static RateLimitBuckets on(DataSource dataSource) {
    return isPostgreSql(dataSource) ? new RateLimitBuckets(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(
            new AsynchronousCommits(dataSource))
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .table("rate_limit_bucket")
        .idColumn("id")
        .stateColumn("state")
        .expiresAtColumn("expires_at")
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
        .build()) : new RateLimitBuckets(null);
  }

  /** Takes one token from the bucket {@code id} holding {@code capacity} tokens, refilled over {@code period}. */
  Decision take(String id, long capacity, Duration period) {
    String bucketId = id + "/" + capacity + "/" + period.toSeconds();
    BucketConfiguration configuration = BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
    ConsumptionProbe probe;
    if (shared != null) {
      probe = shared.builder().build(bucketId, () -> configuration).tryConsumeAndReturnRemaining(1);
    } else {
      if (local.size() > MAX_LOCAL_BUCKETS) {
        local.clear();
      }
      probe = local.computeIfAbsent(bucketId, key -> Bucket.builder().addLimit(configuration.getBandwidths()[0])
          .build()).tryConsumeAndReturnRemaining(1);
    }
    long seconds = probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    return new Decision(probe.isConsumed(), probe.getRemainingTokens(), seconds);
  }

  /** Removes up to {@code batch} expired buckets; returns how many. */
  int removeExpired(int batch) {
    return shared == null ? 0 : shared.removeExpired(batch);
  }

  /** Hands out connections whose transactions commit without waiting for the WAL flush. */
  static final class AsynchronousCommits extends DelegatingDataSource {

    AsynchronousCommits(DataSource target) {
      super(target);
    }

    @Override
    @SuppressFBWarnings(value = "ODR_OPEN_DATABASE_RESOURCE", justification = "The connection is handed to the "
        + "caller (Bucket4j), wrapped; the caller closes it, and close() reaches it through the wrapper.")
    public Connection getConnection() throws SQLException {
      Connection connection = super.getConnection();
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, arguments) -> {
            Object result;
            try {
              result = method.invoke(connection, arguments);
            } catch (InvocationTargetException failure) {
              throw failure.getCause();
            }
            if ("setAutoCommit".equals(method.getName()) && Boolean.FALSE.equals(arguments[0])) {
              try (Statement statement = connection.createStatement()) {
                statement.execute("set local synchronous_commit = off");
              }
            }
            return result;
          });
    }
  }

  private static boolean isPostgreSql(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell the database product", e);
    }
  }
}
