package io.tillid.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attribute grants a principal holds, per dimension; {@link GrantDimension#ALL} stands for
 * every value of its dimension. A principal without grants ({@link #none()}) sees no dataset object.
 *
 * <p>An object is permitted when its business unit is granted, its sensitivity (if it has one) is
 * granted, and its jurisdiction is granted. Ordinary data, without a sensitivity, needs no
 * sensitivity grant.
 */
public record Grants(Set<String> businessUnits, Set<String> sensitivities, Set<String> jurisdictions) {

  private static final Grants NONE = new Grants(Set.of(), Set.of(), Set.of());

  public Grants {
    businessUnits = Set.copyOf(businessUnits);
    sensitivities = Set.copyOf(sensitivities);
    jurisdictions = Set.copyOf(jurisdictions);
  }

  /** No grants at all: nothing is permitted. */
  public static Grants none() {
    return NONE;
  }

  /** From values per dimension; a missing dimension has no grants. */
  public static Grants of(Map<GrantDimension, Set<String>> values) {
    return new Grants(values.getOrDefault(GrantDimension.BUSINESS_UNIT, Set.of()),
        values.getOrDefault(GrantDimension.SENSITIVITY, Set.of()),
        values.getOrDefault(GrantDimension.JURISDICTION, Set.of()));
  }

  /** The values granted in the dimension. */
  public Set<String> in(GrantDimension dimension) {
    return switch (dimension) {
      case BUSINESS_UNIT -> businessUnits;
      case SENSITIVITY -> sensitivities;
      case JURISDICTION -> jurisdictions;
    };
  }

  /** The grants per dimension, each sorted, every dimension present. */
  public Map<GrantDimension, Set<String>> byDimension() {
    Map<GrantDimension, Set<String>> all = new EnumMap<>(GrantDimension.class);
    for (GrantDimension dimension : GrantDimension.values()) {
      all.put(dimension, new TreeSet<>(in(dimension)));
    }
    return all;
  }

  /** Whether these grants let their holder see an object with the attributes. */
  public boolean permits(DatasetAttributes attributes) {
    return covers(businessUnits, attributes.businessUnit())
        && (attributes.sensitivity() == null || covers(sensitivities, attributes.sensitivity()))
        && covers(jurisdictions, attributes.jurisdiction());
  }

  private static boolean covers(Set<String> granted, String value) {
    return granted.contains(GrantDimension.ALL) || granted.contains(value);
  }
}
