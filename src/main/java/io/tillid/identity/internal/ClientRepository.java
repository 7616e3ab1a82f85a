package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A tenant's API clients, and the directory that maps a client id to its tenant. */
@Repository
class ClientRepository {

  /**
   * A stored client; scopes are kept space-separated and sorted, and so are the redirect URIs of an
   * application (null for a service). toString masks the hash.
   */
  record StoredClient(UUID id, String clientId, String secretHash, String scopes, ClientType type,
      String redirectUris) {

    /** A service: client credentials, acting as itself. */
    StoredClient(UUID id, String clientId, String secretHash, String scopes) {
      this(id, clientId, secretHash, scopes, ClientType.SERVICE, null);
    }

    @Override
    public String toString() {
      return "StoredClient[id=" + id + "]";
    }
  }

  private static final String COLUMNS = "id, client_id, secret_hash, scopes, client_type, redirect_uris";

  private final JdbcClient jdbc;
  private final Clock clock;

  ClientRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The tenant that owns a client id, whichever it is. */
  Optional<TenantId> tenantOf(String clientId) {
    return jdbc.sql("select tenant_id from api_client_directory where client_id = ?").param(clientId)
        .query((rs, n) -> new TenantId(rs.getObject("tenant_id", UUID.class))).optional();
  }

  Optional<StoredClient> find(TenantId tenant, String clientId) {
    return jdbc.sql("select " + COLUMNS + " from api_client where tenant_id = ? and client_id = ?")
        .params(tenant.value(), clientId)
        .query(ClientRepository::stored)
        .optional();
  }

  /** The tenant's clients, by client id. */
  List<StoredClient> list(TenantId tenant) {
    return jdbc.sql("select " + COLUMNS + " from api_client where tenant_id = ? order by client_id")
        .param(tenant.value())
        .query(ClientRepository::stored)
        .list();
  }

  /** The client's scopes as stored now (space-separated); empty when the client no longer exists. */
  Optional<String> scopesOf(TenantId tenant, UUID id) {
    return jdbc.sql("select scopes from api_client where tenant_id = ? and id = ?").params(tenant.value(), id)
        .query(String.class).optional();
  }

  void updateSecretHash(TenantId tenant, UUID id, String secretHash) {
    jdbc.sql("update api_client set secret_hash = ?, updated_at = ? where tenant_id = ? and id = ?")
        .params(secretHash, OffsetDateTime.now(clock), tenant.value(), id)
        .update();
  }

  void insert(TenantId tenant, StoredClient client) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("insert into api_client_directory (client_id, tenant_id) values (?, ?)")
        .params(client.clientId(), tenant.value()).update();
    jdbc.sql("insert into api_client (tenant_id, id, client_id, secret_hash, scopes, client_type, redirect_uris, "
            + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(tenant.value(), client.id(), client.clientId(), client.secretHash(), client.scopes(),
            client.type().stored(), client.redirectUris(), now, now)
        .update();
  }

  void update(TenantId tenant, StoredClient client) {
    jdbc.sql("update api_client set secret_hash = ?, scopes = ?, client_type = ?, redirect_uris = ?, updated_at = ? "
            + "where tenant_id = ? and id = ?")
        .params(client.secretHash(), client.scopes(), client.type().stored(), client.redirectUris(),
            OffsetDateTime.now(clock), tenant.value(), client.id())
        .update();
  }

  private static StoredClient stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new StoredClient(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("secret_hash"),
        rs.getString("scopes"), ClientType.of(rs.getString("client_type")), rs.getString("redirect_uris"));
  }
}
