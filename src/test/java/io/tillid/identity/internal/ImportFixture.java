package io.tillid.identity.internal;

import io.tillid.platform.TenantScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Builds import files for tests: fresh slugs, e-mail addresses and client ids on every call. */
final class ImportFixture {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ImportFixture() {}

  /** Imports as the import command does: in the system scope (a file may hold several tenants). */
  static ImportSummary provision(ImportProvisioning provisioning, Path file) {
    return TenantScope.system("test: import", () -> provisioning.importFile(file));
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
  }

  static String email() {
    return unique("person") + "@example.org";
  }

  static Map<String, Object> tenant(String slug, String name, List<Map<String, Object>> users,
      List<Map<String, Object>> clients) {
    Map<String, Object> tenant = new LinkedHashMap<>();
    tenant.put("slug", slug);
    tenant.put("name", name);
    tenant.put("users", users);
    tenant.put("clients", clients);
    return tenant;
  }

  static Map<String, Object> user(String email, String name, String password, String... roles) {
    return Map.of("email", email, "name", name, "password", password, "roles", Arrays.asList(roles));
  }

  static Map<String, Object> client(String clientId, String secret, String... scopes) {
    return Map.of("clientId", clientId, "clientSecret", secret, "scopes", Arrays.asList(scopes));
  }

  static Map<String, Object> admin(String email, String name, String password) {
    return Map.of("email", email, "name", name, "password", password);
  }

  static Map<String, Object> file(List<Map<String, Object>> tenants, List<Map<String, Object>> admins) {
    return Map.of("tenants", tenants, "platform", Map.of("admins", admins));
  }

  static String json(Map<String, Object> file) {
    return JSON.writeValueAsString(file);
  }

  static Path write(Map<String, Object> file) {
    return writeText(json(file));
  }

  static Path writeText(String text) {
    try {
      Path path = Files.createTempFile("tillid-import", ".json");
      path.toFile().deleteOnExit();
      return Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
