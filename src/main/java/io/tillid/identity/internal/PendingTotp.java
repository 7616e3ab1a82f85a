package io.tillid.identity.internal;

import java.io.Serializable;

/** A TOTP secret shown for enrolment and not yet confirmed; kept in the session. toString masks it. */
record PendingTotp(String secret) implements Serializable {

  static final String ATTRIBUTE = PendingTotp.class.getName();

  @Override
  public String toString() {
    return "PendingTotp[masked]";
  }
}
