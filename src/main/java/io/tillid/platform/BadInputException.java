package io.tillid.platform;

/**
 * Input a caller sent that cannot be accepted. The message is safe to show: it names the field or
 * element and the rule, and never repeats the input itself.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String safeMessage) {
    super(safeMessage);
  }

  public BadInputException(String safeMessage, Throwable cause) {
    super(safeMessage, cause);
  }
}
