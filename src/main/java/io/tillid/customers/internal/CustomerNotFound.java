package io.tillid.customers.internal;

import io.tillid.platform.ObjectNotFound;

/** No customer with that id that the principal may see: missing, another tenant's, or not granted. */
final class CustomerNotFound extends ObjectNotFound {

  private static final long serialVersionUID = 1L;

  CustomerNotFound() {
    super("customer");
  }
}
