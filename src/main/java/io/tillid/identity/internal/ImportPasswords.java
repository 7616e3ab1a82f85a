package io.tillid.identity.internal;

import io.tillid.platform.BadInputException;
import io.tillid.platform.TenantRef;
import java.util.List;

/**
 * The import's second pass, once the file's shape is known to be right: every password must meet
 * the {@link PasswordPolicy}. Imported accounts have no second factor yet, so the full minimum
 * applies. The message names the path and the rule, never the password.
 */
final class ImportPasswords {

  /** What the policy compares platform admins' passwords with. */
  static final String PLATFORM_NAME = "Tillid";

  private ImportPasswords() {}

  static void check(ImportFile file, PasswordPolicy policy) {
    List<ImportFile.Tenant> tenants = file.tenantsOrEmpty();
    for (int t = 0; t < tenants.size(); t++) {
      ImportFile.Tenant tenant = tenants.get(t);
      List<ImportFile.User> users = tenant.usersOrEmpty();
      for (int u = 0; u < users.size(); u++) {
        ImportFile.User user = users.get(u);
        require(policy, user.password(), new PasswordSubject(user.email(), tenant.name(), tenant.slug(), false),
            "tenants[" + t + "].users[" + u + "].password");
      }
    }
    List<ImportFile.Admin> admins = file.adminsOrEmpty();
    for (int a = 0; a < admins.size(); a++) {
      ImportFile.Admin admin = admins.get(a);
      require(policy, admin.password(),
          new PasswordSubject(admin.email(), PLATFORM_NAME, TenantRef.PLATFORM.slug(), false),
          "platform.admins[" + a + "].password");
    }
  }

  private static void require(PasswordPolicy policy, String password, PasswordSubject subject, String path) {
    PasswordDecision decision = policy.check(password, subject);
    if (!decision.accepted()) {
      throw new BadInputException(path + " " + decision.rule());
    }
  }
}
