package io.tillid.customers.internal.registry;

import io.tillid.platform.InvalidFieldException;

/** The number cannot be one of the registry's (it is sent to no one). */
public class InvalidRegistrationNumber extends InvalidFieldException {

  private static final long serialVersionUID = 1L;

  public InvalidRegistrationNumber(String format) {
    super("registrationNumber", "registry-number", "The field 'registrationNumber' must be " + format + ".");
  }
}
