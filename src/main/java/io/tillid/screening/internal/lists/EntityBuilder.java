package io.tillid.screening.internal.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers one entity's parts while a parser reads them; blank values and repeated names are dropped. */
final class EntityBuilder {

  private final String source;
  private final String entityId;
  private EntityType type = EntityType.UNKNOWN;
  private final Map<String, EntityName> names = new LinkedHashMap<>();
  private final Set<PartialDate> birthDates = new LinkedHashSet<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final Set<Identifier> identifiers = new LinkedHashSet<>();
  private final Set<String> programs = new LinkedHashSet<>();
  private PartialDate listedOn;

  EntityBuilder(String source, String entityId) {
    this.source = source;
    this.entityId = entityId;
  }

  EntityBuilder type(EntityType value) {
    type = value;
    return this;
  }

  EntityType type() {
    return type;
  }

  /** Adds a name; a strong name replaces a weak one of the same spelling. */
  EntityBuilder name(String value, boolean weak) {
    String name = clean(value);
    if (name != null) {
      EntityName previous = names.get(name);
      if (previous == null || (previous.weak() && !weak)) {
        names.put(name, new EntityName(name, weak));
      }
    }
    return this;
  }

  EntityBuilder birthDate(PartialDate date) {
    if (date != null) {
      birthDates.add(date);
    }
    return this;
  }

  EntityBuilder country(String iso2) {
    if (iso2 != null) {
      countries.add(iso2);
    }
    return this;
  }

  EntityBuilder identifier(String kind, String value, String country) {
    String number = clean(value);
    if (number != null) {
      identifiers.add(new Identifier(kind, number, country));
    }
    return this;
  }

  EntityBuilder program(String value) {
    String program = clean(value);
    if (program != null) {
      programs.add(program);
    }
    return this;
  }

  /** When the list designated it; the earliest date given wins. */
  EntityBuilder listedOn(PartialDate date) {
    if (date != null && (listedOn == null || date.toString().compareTo(listedOn.toString()) < 0)) {
      listedOn = date;
    }
    return this;
  }

  boolean hasName() {
    return !names.isEmpty();
  }

  /** The entity; the caller makes sure it has a name ({@link #hasName()}). */
  WatchlistEntity build() {
    return new WatchlistEntity(source, entityId, type, new ArrayList<>(names.values()), new ArrayList<>(birthDates),
        countries, new ArrayList<>(identifiers), programs, listedOn, List.of());
  }

  /** Trimmed, inner whitespace collapsed; null when blank. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String text = value.strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? null : text;
  }

  static List<String> splitNonBlank(String value, String separatorRegex) {
    List<String> parts = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(separatorRegex, -1)) {
        String text = clean(part);
        if (text != null) {
          parts.add(text);
        }
      }
    }
    return parts;
  }
}
