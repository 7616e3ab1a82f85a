package io.tillid.customers.internal.registry;

/** CVR's {@code FUNKTION} values in the management bodies (upper case, as CVR writes them), as Tillid's roles. */
final class CvrRoles {

  private CvrRoles() {}

  static String of(String function) {
    return switch (function.strip()) {
      case "FORMAND" -> RegistryRoles.CHAIR;
      case "NÆSTFORMAND" -> RegistryRoles.VICE_CHAIR;
      case "BESTYRELSESMEDLEM", "BESTYRELSE" -> RegistryRoles.BOARD_MEMBER;
      case "ADM. DIR.", "ADMINISTRERENDE DIREKTØR" -> RegistryRoles.CEO;
      case "DIREKTØR", "DIREKTION" -> RegistryRoles.DIRECTOR;
      default -> RegistryRoles.MANAGEMENT;
    };
  }
}
