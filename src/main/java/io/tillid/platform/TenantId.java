package io.tillid.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a tenant (a client firm). {@link #PLATFORM} stands for the platform's own realm, which
 * has an audit chain of its own but no customer data.
 */
public record TenantId(UUID value) {

  /** The platform realm: staff and platform-wide events. */
  public static final TenantId PLATFORM = new TenantId(new UUID(0L, 0L));

  public TenantId {
    Objects.requireNonNull(value, "value");
  }

  public static TenantId of(String value) {
    return new TenantId(UUID.fromString(value));
  }

  public static TenantId random() {
    return new TenantId(UUID.randomUUID());
  }

  public boolean isPlatform() {
    return PLATFORM.equals(this);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
