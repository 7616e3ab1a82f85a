package io.tillid.access.internal;

/** No such role in this tenant: answered like any missing page (404). */
final class RoleNotFound extends io.tillid.platform.ObjectNotFound {
  private static final long serialVersionUID = 1L;

  RoleNotFound() {
    super("role");
  }
}
