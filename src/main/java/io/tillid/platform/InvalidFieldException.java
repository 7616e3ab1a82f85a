package io.tillid.platform;

/**
 * A {@link BadInputException} about one field: the field's name and the rule it broke (a key such
 * as {@code required} or {@code country}), so a page can say it in the user's language. The
 * message is English for the API; neither repeats the input.
 */
public class InvalidFieldException extends BadInputException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  public InvalidFieldException(String field, String rule, String safeMessage) {
    super(safeMessage);
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
