package io.tillid.customers.internal.registry;

/**
 * A registry could not be asked: it did not answer in time (or refused the connection), or it
 * answered something this connector does not understand (an error status, a body of another
 * shape). The message is fixed text naming the registry and the reason; it never carries the
 * registry's response body or the number asked about.
 */
public class RegistryFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the registry could not be used. */
  public enum Reason {
    NO_ANSWER,
    UNEXPECTED_RESPONSE
  }

  private final String registry;
  private final Reason reason;

  public RegistryFailure(String registry, Reason reason) {
    super(reason == Reason.NO_ANSWER ? "The registry '" + registry + "' did not answer."
        : "The registry '" + registry + "' gave an unexpected response.");
    this.registry = registry;
    this.reason = reason;
  }

  public RegistryFailure(String registry, Reason reason, Throwable cause) {
    this(registry, reason);
    initCause(cause);
  }

  public String registry() {
    return registry;
  }

  public Reason reason() {
    return reason;
  }
}
