package io.tillid.platform;

/** A tenant's id with its public slug, as other modules need to name it. */
public record TenantRef(TenantId id, String slug) {

  /** The platform realm under its reserved slug. */
  public static final TenantRef PLATFORM = new TenantRef(TenantId.PLATFORM, "platform");
}
