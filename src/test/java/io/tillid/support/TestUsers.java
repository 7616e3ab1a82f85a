package io.tillid.support;

import io.tillid.platform.CliCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Makes a fresh tenant with one user through the product's own import (the {@code import}
 * command), so tests start from what an operator would provision.
 */
public final class TestUsers {

  private TestUsers() {}

  /** What was made; the password is the user's real one. */
  public record Created(String tenantSlug, String tenantName, String email, String name, String password) {}

  public static Created create(ApplicationContext context, String... roles) {
    String suffix = UUID.randomUUID().toString().substring(0, 10);
    return addUser(context, "t-" + suffix, "Test Firma " + suffix, roles);
  }

  /** Another user in an existing tenant (or a new one), made by the same idempotent import. */
  public static Created addUser(ApplicationContext context, String tenantSlug, String tenantName, String... roles) {
    String suffix = UUID.randomUUID().toString().substring(0, 10);
    Created created = new Created(tenantSlug, tenantName, "user-" + suffix + "@example.org",
        "Test Person", "a long test passphrase " + suffix);
    String rolesJson = String.join(",", List.of(roles).stream().map(r -> "\"" + r + "\"").toList());
    String json = """
        {"tenants":[{"slug":"%s","name":"%s","users":[{"email":"%s","name":"%s","password":"%s","roles":[%s]}],
        "clients":[]}]}""".formatted(created.tenantSlug(), created.tenantName(), created.email(), created.name(),
        created.password(), rolesJson);
    runImport(context, json);
    return created;
  }

  /** Runs the product's {@code import} command on the JSON text, failing the test if it refuses. */
  public static void runImport(ApplicationContext context, String json) {
    try {
      Path file = Files.createTempFile("tillid-users", ".json");
      Files.writeString(file, json, StandardCharsets.UTF_8);
      CliCommand command = context.getBeansOfType(CliCommand.class).values().stream()
          .filter(candidate -> candidate.name().equals("import")).findFirst().orElseThrow();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = command.run(List.of(file.toString()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      Files.delete(file);
      if (code != 0) {
        throw new IllegalStateException("import failed: " + err.toString(StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
