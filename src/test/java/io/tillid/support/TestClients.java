package io.tillid.support;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Makes a fresh tenant with one API client through the product's own import, as an operator
 * would provision it; the secret is the client's real one.
 */
public final class TestClients {

  private TestClients() {}

  /** What was made. */
  public record Created(String tenantSlug, String tenantName, String clientId, String secret) {}

  public static Created create(ApplicationContext context, String... scopes) {
    String suffix = UUID.randomUUID().toString().substring(0, 10);
    return addClient(context, "t-" + suffix, "Test Firma " + suffix, null, scopes);
  }

  /**
   * A client in an existing tenant (or a new one), by the same idempotent import; {@code grantsJson}
   * is the client's optional {@code "grants"} object as JSON text, or null.
   */
  public static Created addClient(ApplicationContext context, String tenantSlug, String tenantName, String grantsJson,
      String... scopes) {
    String suffix = UUID.randomUUID().toString().substring(0, 10);
    Created created = new Created(tenantSlug, tenantName, "client-" + suffix, "a long random client secret " + suffix);
    String scopesJson = String.join(",", List.of(scopes).stream().map(s -> "\"" + s + "\"").toList());
    String json = """
        {"tenants":[{"slug":"%s","name":"%s","users":[],
        "clients":[{"clientId":"%s","clientSecret":"%s","scopes":[%s]%s}]}]}""".formatted(created.tenantSlug(),
        created.tenantName(), created.clientId(), created.secret(), scopesJson,
        grantsJson == null ? "" : ",\"grants\":" + grantsJson);
    TestUsers.runImport(context, json);
    return created;
  }
}
