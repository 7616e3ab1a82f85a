package io.tillid.screening.internal.screen;

import io.tillid.platform.BadInputException;
import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.PartialDate;
import io.tillid.screening.internal.matching.ScreeningDefaults;
import io.tillid.screening.internal.matching.ScreeningQuery;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A screening as the API and the {@code screen} command receive it:
 * {@code {"name","type"?,"birthDate"?,"countries"?,"lists"?,"threshold"?,"limit"?}}. Validation
 * names the field and the rule, never the value.
 */
public record ScreeningRequest(String name, String type, String birthDate, List<String> countries, List<String> lists,
    Double threshold, Integer limit) {

  static final int MAX_NAME_LENGTH = 300;
  static final int MAX_NAME_PARTS = 24;
  static final int MAX_COUNTRIES = 20;
  static final int MAX_LISTS = 20;
  static final double MIN_THRESHOLD = 0.5;

  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern LIST = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public ScreeningRequest {
    countries = countries == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(countries));
    lists = lists == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lists));
  }

  /** A request that passed validation. */
  public record Valid(ScreeningQuery query, double threshold, int limit) {}

  public Valid validate() {
    return validate(ScreeningDefaults.THRESHOLD);
  }

  /** Validates, taking {@code defaultThreshold} (the tenant's) when the request names none. */
  public Valid validate(double defaultThreshold) {
    String checkedName = checkName();
    EntityType entityType = checkType();
    PartialDate date = checkBirthDate();
    Set<String> countrySet = new LinkedHashSet<>();
    if (countries != null) {
      if (countries.size() > MAX_COUNTRIES) {
        throw new BadInputException("The field 'countries' has more than " + MAX_COUNTRIES + " entries.");
      }
      for (String country : countries) {
        if (country == null || !COUNTRY.matcher(country).matches()) {
          throw new BadInputException("The field 'countries' must hold ISO 3166-1 alpha-2 codes such as DK.");
        }
        countrySet.add(country.toUpperCase(Locale.ROOT));
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    if (lists != null) {
      if (lists.size() > MAX_LISTS) {
        throw new BadInputException("The field 'lists' has more than " + MAX_LISTS + " entries.");
      }
      for (String list : lists) {
        if (list == null || !LIST.matcher(list).matches()) {
          throw new BadInputException("The field 'lists' must hold list sources such as ofac-sdn.");
        }
        sources.add(list);
      }
    }
    double checkedThreshold = threshold == null ? defaultThreshold : threshold;
    if (Double.isNaN(checkedThreshold) || checkedThreshold < MIN_THRESHOLD || checkedThreshold > 1) {
      throw new BadInputException("The field 'threshold' must be between " + MIN_THRESHOLD + " and 1.");
    }
    int checkedLimit = limit == null ? ScreeningDefaults.LIMIT : limit;
    if (checkedLimit < 1 || checkedLimit > ScreeningDefaults.MAX_LIMIT) {
      throw new BadInputException("The field 'limit' must be between 1 and " + ScreeningDefaults.MAX_LIMIT + ".");
    }
    return new Valid(new ScreeningQuery(checkedName, entityType, date, countrySet, List.of(), sources),
        checkedThreshold, checkedLimit);
  }

  private String checkName() {
    if (name == null || name.isBlank()) {
      throw new BadInputException("The field 'name' is required.");
    }
    String stripped = name.strip();
    if (stripped.length() > MAX_NAME_LENGTH) {
      throw new BadInputException("The field 'name' is longer than " + MAX_NAME_LENGTH + " characters.");
    }
    int parts = 0;
    boolean inPart = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (Character.isISOControl(c)) {
        throw new BadInputException("The field 'name' contains control characters.");
      }
      boolean letterOrDigit = Character.isLetterOrDigit(c);
      if (letterOrDigit && !inPart) {
        parts++;
      }
      inPart = letterOrDigit || (inPart && Character.getType(c) == Character.NON_SPACING_MARK);
    }
    if (parts == 0) {
      throw new BadInputException("The field 'name' has no letters or digits.");
    }
    if (parts > MAX_NAME_PARTS) {
      throw new BadInputException("The field 'name' has more than " + MAX_NAME_PARTS + " parts.");
    }
    return stripped;
  }

  private EntityType checkType() {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "person" -> EntityType.PERSON;
      case "organization" -> EntityType.ORGANIZATION;
      case "vessel" -> EntityType.VESSEL;
      case "aircraft" -> EntityType.AIRCRAFT;
      default -> throw new BadInputException("The field 'type' must be person, organization, vessel or aircraft.");
    };
  }

  private PartialDate checkBirthDate() {
    if (birthDate == null) {
      return null;
    }
    PartialDate date;
    try {
      date = PartialDate.parse(birthDate);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("The field 'birthDate' must be YYYY, YYYY-MM or YYYY-MM-DD.", e);
    }
    if (date.year() < 1800 || date.year() > Year.now(ZoneOffset.UTC).getValue()) {
      throw new BadInputException("The field 'birthDate' must be a year from 1800 to this year.");
    }
    return date;
  }

  @Override
  public String toString() {
    return "ScreeningRequest[masked]";
  }
}
