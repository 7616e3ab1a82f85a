package io.tillid.identity;

import io.tillid.platform.TenantId;
import java.util.UUID;

/** Whether a user exists in a tenant, for modules that attach data to users (such as grants). */
public interface TenantUsers {

  /** Whether the tenant has a user with the id, whatever its status. */
  boolean exists(TenantId tenant, UUID userId);
}
