package io.tillid.customers.internal.registry;

import java.util.Locale;

/** CVR's {@code FUNKTION} values in the management bodies, as Tillid's roles. */
final class CvrRoles {

  private CvrRoles() {}

  static String of(String function) {
    return switch (function.strip().toUpperCase(Locale.ROOT)) {
      case "FORMAND" -> RegistryRoles.CHAIR;
      case "NÆSTFORMAND" -> RegistryRoles.VICE_CHAIR;
      case "BESTYRELSESMEDLEM", "BESTYRELSE" -> RegistryRoles.BOARD_MEMBER;
      case "ADM. DIR.", "ADMINISTRERENDE DIREKTØR" -> RegistryRoles.CEO;
      case "DIREKTØR", "DIREKTION" -> RegistryRoles.DIRECTOR;
      default -> RegistryRoles.MANAGEMENT;
    };
  }
}
