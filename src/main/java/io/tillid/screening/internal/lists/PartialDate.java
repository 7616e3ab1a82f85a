package io.tillid.screening.internal.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as lists give it: a year, a year and month, or a full date ({@code YYYY[-MM[-DD]]}).
 * Month and day are null when unknown.
 */
public record PartialDate(int year, Integer month, Integer day) {

  public PartialDate {
    if (year < 1000 || year > 9999 || (month == null && day != null)) {
      throw new IllegalArgumentException("not a partial date");
    }
    if (month != null) {
      try {
        LocalDate.of(year, month, day == null ? 1 : day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("not a partial date", e);
      }
    }
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws IllegalArgumentException otherwise. */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.strip().split("-", -1);
    try {
      if (parts.length > 3 || parts[0].length() != 4 || (parts.length > 1 && parts[1].length() != 2)
          || (parts.length > 2 && parts[2].length() != 2)) {
        throw new IllegalArgumentException("not a partial date");
      }
      return new PartialDate(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.valueOf(parts[1]) : null,
          parts.length > 2 ? Integer.valueOf(parts[2]) : null);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a partial date", e);
    }
  }

  @Override
  public String toString() {
    return year + (month == null ? "" : String.format("-%02d", month)) + (day == null ? "" : String.format("-%02d", day));
  }
}
