package io.tillid.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform's token signing keys ({@code oauth_signing_key}); not tenant-owned. */
@Repository
class SigningKeyRepository {

  /** A stored key: its public JWK in clear, its private JWK sealed under the master key. */
  record StoredKey(String kid, String publicJwk, byte[] sealedPrivate, Instant createdAt) {
    @Override
    public String toString() {
      return "StoredKey[" + kid + "]";
    }
  }

  private final JdbcClient jdbc;

  SigningKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest keys first; older ones than {@code limit} can no longer be published. */
  List<StoredKey> newestFirst(int limit) {
    return jdbc.sql("select kid, public_jwk, sealed_private, created_at from oauth_signing_key "
            + "order by created_at desc, kid limit ?")
        .param(limit)
        .query((rs, n) -> new StoredKey(rs.getString(1), rs.getString(2), rs.getBytes(3),
            rs.getTimestamp(4).toInstant()))
        .list();
  }

  void insert(String kid, String algorithm, String publicJwk, byte[] sealedPrivate, Instant createdAt) {
    jdbc.sql("insert into oauth_signing_key (kid, algorithm, public_jwk, sealed_private, created_at) "
            + "values (?, ?, ?, ?, ?)")
        .params(kid, algorithm, publicJwk, sealedPrivate, Timestamp.from(createdAt))
        .update();
  }
}
