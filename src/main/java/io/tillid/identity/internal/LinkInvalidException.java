package io.tillid.identity.internal;

/** An e-mailed link that is unknown, expired or already used: one answer for all, nothing changed. */
final class LinkInvalidException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LinkInvalidException() {
    super("The link is invalid, expired or already used.");
  }
}
