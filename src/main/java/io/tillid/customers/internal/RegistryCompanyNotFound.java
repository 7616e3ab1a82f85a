package io.tillid.customers.internal;

import io.tillid.platform.ObjectNotFound;

/** The registry has no company with the number asked about. */
final class RegistryCompanyNotFound extends ObjectNotFound {

  private static final long serialVersionUID = 1L;

  RegistryCompanyNotFound() {
    super("company in the registry");
  }
}
