package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Whose failures an attempt counts against: an account by its principal id, or an account that
 * does not exist by a hash of organisation and e-mail address (never the address itself), kept in
 * the platform's partition. The audit target is the account's id, or none for an unknown one.
 */
record GuardKey(TenantId tenant, String accountKey, String targetType, String targetId) {

  static GuardKey of(SignedInPrincipal principal) {
    return of(principal.tenantId(), principal.principalId());
  }

  static GuardKey of(TenantId tenant, String principalId) {
    int colon = principalId.indexOf(':');
    String kind = colon < 0 ? "" : principalId.substring(0, colon);
    String id = UUID.fromString(principalId.substring(colon + 1)).toString();
    String type = switch (kind) {
      case "user" -> "user";
      case "admin" -> "platform_admin";
      default -> throw new IllegalArgumentException("not a principal id");
    };
    return new GuardKey(tenant, principalId, type, id);
  }

  static GuardKey unknown(String tenantSlug, String email) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(("tillid-sign-in\0" + tenantSlug + "\0" + email).getBytes(StandardCharsets.UTF_8));
      return new GuardKey(TenantId.PLATFORM, "unknown:" + HexFormat.of().formatHex(digest), null, null);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean known() {
    return targetId != null;
  }
}
