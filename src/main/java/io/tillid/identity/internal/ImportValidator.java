package io.tillid.identity.internal;

import io.tillid.platform.BadInputException;
import io.tillid.platform.TenantRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole import file before anything is written: its shape first, then every password
 * against the {@link PasswordPolicy}. The first problem is thrown as a
 * {@link BadInputException} whose message names the JSON path and the rule, never the value.
 */
final class ImportValidator {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{3,100}");
  private static final int MAX_NAME = 200;
  private static final int MAX_SECRET = 256;

  private final Map<String, String> clientIds = new HashMap<>();

  private ImportValidator() {}

  static void validate(ImportFile file) {
    new ImportValidator().check(file);
    ImportPasswords.check(file, PasswordPolicy.standard());
  }

  private void check(ImportFile file) {
    Map<String, String> slugs = new HashMap<>();
    List<ImportFile.Tenant> tenants = file.tenantsOrEmpty();
    for (int t = 0; t < tenants.size(); t++) {
      String path = "tenants[" + t + "]";
      ImportFile.Tenant tenant = present(tenants.get(t), path);
      String slug = present(tenant.slug(), path + ".slug");
      require(SLUG.matcher(slug).matches(), path + ".slug must match [a-z0-9][a-z0-9-]{1,62}");
      require(!TenantRef.PLATFORM.slug().equals(slug), path + ".slug is reserved for the platform");
      unique(slugs, slug, path + ".slug");
      name(tenant.name(), path + ".name");
      users(tenant.usersOrEmpty(), path);
      clients(tenant.clientsOrEmpty(), path);
    }
    admins(file.adminsOrEmpty());
  }

  private void users(List<ImportFile.User> users, String tenantPath) {
    Map<String, String> emails = new HashMap<>();
    for (int u = 0; u < users.size(); u++) {
      String path = tenantPath + ".users[" + u + "]";
      ImportFile.User user = present(users.get(u), path);
      email(user.email(), path + ".email", emails);
      name(user.name(), path + ".name");
      secret(user.password(), path + ".password");
      names(user.rolesOrEmpty(), Vocabulary.ROLES, path + ".roles", "role");
    }
  }

  private void clients(List<ImportFile.Client> clients, String tenantPath) {
    for (int c = 0; c < clients.size(); c++) {
      String path = tenantPath + ".clients[" + c + "]";
      ImportFile.Client client = present(clients.get(c), path);
      String clientId = present(client.clientId(), path + ".clientId");
      require(CLIENT_ID.matcher(clientId).matches(), path + ".clientId must match [A-Za-z0-9._-]{3,100}");
      unique(clientIds, clientId, path + ".clientId");
      require(client.type() == null || "service".equals(client.type())
          || ApplicationRegistration.typeOf(client.type()).isPresent(),
          path + ".type must be service, confidential or public");
      if (client.typeOrService() == ClientType.PUBLIC) {
        require(client.clientSecret() == null, path + ".clientSecret must be absent for a public application");
      } else {
        secret(client.clientSecret(), path + ".clientSecret");
      }
      if (client.typeOrService().isApplication()) {
        List<String> uris = client.redirectUris() == null ? List.of() : client.redirectUris();
        require(!uris.isEmpty() && uris.size() <= 10, path + ".redirectUris must list 1 to 10 URIs");
        for (int u = 0; u < uris.size(); u++) {
          require(uris.get(u) != null && ApplicationRegistration.allowed(uris.get(u)), path + ".redirectUris[" + u
              + "] must be absolute https (or http on 127.0.0.1 or [::1]) without a fragment");
        }
      } else {
        require(client.redirectUris() == null, path + ".redirectUris is only for confidential or public applications");
      }
      names(client.scopesOrEmpty(), Vocabulary.SCOPES, path + ".scopes", "scope");
    }
  }

  private void admins(List<ImportFile.Admin> admins) {
    Map<String, String> emails = new HashMap<>();
    for (int a = 0; a < admins.size(); a++) {
      String path = "platform.admins[" + a + "]";
      ImportFile.Admin admin = present(admins.get(a), path);
      email(admin.email(), path + ".email", emails);
      name(admin.name(), path + ".name");
      secret(admin.password(), path + ".password");
    }
  }

  private static void email(String email, String path, Map<String, String> seen) {
    present(email, path);
    require(EmailAddresses.isValid(email), path + " is not a valid e-mail address");
    unique(seen, EmailAddresses.normalize(email), path);
  }

  private static void name(String name, String path) {
    present(name, path);
    int length = name.strip().codePointCount(0, name.strip().length());
    require(length >= 1 && name.codePointCount(0, name.length()) <= MAX_NAME,
        path + " must have 1 to " + MAX_NAME + " characters");
  }

  private static void secret(String secret, String path) {
    present(secret, path);
    require(!secret.isEmpty() && secret.length() <= MAX_SECRET, path + " must have 1 to " + MAX_SECRET + " characters");
  }

  private static void names(List<String> values, Set<String> allowed, String path, String kind) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String value = present(values.get(i), path + "[" + i + "]");
      require(allowed.contains(value), path + "[" + i + "] is not a known " + kind + " (one of "
          + String.join(", ", allowed.stream().sorted().toList()) + ")");
      require(seen.add(value), path + "[" + i + "] repeats an earlier " + kind);
    }
  }

  private static void unique(Map<String, String> seen, String key, String path) {
    String first = seen.putIfAbsent(key, path);
    require(first == null, path + " repeats " + first);
  }

  private static <T> T present(T value, String path) {
    require(value != null, path + " is missing");
    return value;
  }

  private static void require(boolean condition, String safeMessage) {
    if (!condition) {
      throw new BadInputException(safeMessage);
    }
  }
}
