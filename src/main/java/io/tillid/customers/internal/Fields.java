package io.tillid.customers.internal;

import io.tillid.access.DatasetAttributes;
import io.tillid.platform.InvalidFieldException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of single input fields. Each refusal names the field and the rule, never the value
 * (which may be personal data).
 */
final class Fields {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** NACE Rev. 2: a section letter, a division, group or class (64, 64.1, 64.19), or a 6-digit national subclass. */
  private static final Pattern INDUSTRY = Pattern.compile("[A-U]|\\d{2}(\\.\\d{1,2})?|\\d{6}");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private Fields() {}

  static String text(String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidFieldException(field, "required", "The field '" + field + "' is required.");
      }
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new InvalidFieldException(field, "too-long", "The field '" + field + "' is longer than " + max + " characters.");
    }
    if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
      throw new InvalidFieldException(field, "control", "The field '" + field + "' contains control characters.");
    }
    return trimmed;
  }

  static String country(String field, String value, boolean required) {
    String code = text(field, value, 2, required);
    if (code == null) {
      return null;
    }
    code = code.toUpperCase(Locale.ROOT);
    if (!DatasetAttributes.isJurisdiction(code)) {
      throw new InvalidFieldException(field, "country", "The field '" + field + "' must be an ISO 3166-1 alpha-2 country code.");
    }
    return code;
  }

  static LocalDate birthDate(String field, String value, LocalDate today, boolean required) {
    if (!required && (value == null || value.isBlank())) {
      return null;
    }
    return pastDate(field, value, today);
  }

  /** A date in ISO form that is not in the future. */
  static LocalDate pastDate(String field, String value, LocalDate today) {
    String text = text(field, value, 10, true);
    LocalDate date;
    try {
      if (!ISO_DATE.matcher(text).matches()) {
        throw new DateTimeException("not ISO");
      }
      date = LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidFieldException(field, "date", "The field '" + field + "' must be a date YYYY-MM-DD.");
    }
    if (date.isAfter(today) || date.isBefore(EARLIEST_BIRTH)) {
      throw new InvalidFieldException(field, "date-range", "The field '" + field + "' must be a date between 1900-01-01 and today.");
    }
    return date;
  }

  static String industryCode(String field, String value) {
    String code = text(field, value, 10, false);
    if (code != null && !INDUSTRY.matcher(code).matches()) {
      throw new InvalidFieldException(field, "industry", "The field '" + field + "' must be a NACE code such as 64.19.");
    }
    return code;
  }

  static String key(String field, String value, boolean required) {
    String key = text(field, value, 64, required);
    if (key != null && !DatasetAttributes.KEY.matcher(key).matches()) {
      throw new InvalidFieldException(field, "key", "The field '" + field + "' must be a key of lower-case letters, digits, '-' or '_'.");
    }
    return key;
  }

  /** One of {@code allowed} (lower case), or {@code fallback} when blank. */
  static String option(String field, String value, java.util.List<String> allowed, String fallback) {
    String option = text(field, value, 32, false);
    if (option == null) {
      return fallback;
    }
    option = option.toLowerCase(Locale.ROOT);
    if (!allowed.contains(option)) {
      throw new InvalidFieldException(field, "option", "The field '" + field + "' must be one of "
          + String.join(", ", allowed) + ".");
    }
    return option;
  }

  static void absent(String field, Object value, CustomerType type) {
    if (value != null) {
      throw new InvalidFieldException(field, "not-applicable", "The field '" + field + "' does not apply to a " + type.value() + ".");
    }
  }
}
