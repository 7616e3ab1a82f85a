package io.tillid.screening.internal.lists;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One listed person, organisation, vessel or aircraft as every importer produces it, whatever the
 * source format. Plain data: the matching engine indexes these, storage keeps them per list version.
 *
 * @param source the list it comes from: {@code ofac-sdn}, {@code un}, {@code us-csl}, {@code bis-dpl},
 *     {@code opensanctions}, {@code dk-pep}, ...
 * @param entityId the list's own id for it (stable across versions of the list)
 * @param type what it is
 * @param names its names; the first is the primary name
 * @param birthDates dates of birth (persons) or of incorporation, as precise as the list gives them
 * @param countries ISO alpha-2 codes of nationality, citizenship, residence, registration
 * @param identifiers passports, national ids, registration numbers
 * @param programs sanction programmes or topics ({@code SDGT}, {@code role.pep})
 * @param listedOn when the list first designated it, where the list says (null otherwise)
 * @param ownedOrControlledBy when the entity is owned 50% or more by listed parties (see
 *     {@link OwnedOrControlled}): the owners that make it so; empty otherwise
 */
public record WatchlistEntity(String source, String entityId, EntityType type, List<EntityName> names,
    List<PartialDate> birthDates, Set<String> countries, List<Identifier> identifiers, Set<String> programs,
    PartialDate listedOn, List<ControllingOwner> ownedOrControlledBy) {

  public WatchlistEntity {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a listed entity has at least one name");
    }
    birthDates = List.copyOf(birthDates);
    countries = Set.copyOf(countries);
    identifiers = List.copyOf(identifiers);
    programs = Set.copyOf(programs);
    ownedOrControlledBy = ownedOrControlledBy == null ? List.of() : List.copyOf(ownedOrControlledBy);
  }

  /** An entity as a list gives it, before its ownership is known. */
  public WatchlistEntity(String source, String entityId, EntityType type, List<EntityName> names,
      List<PartialDate> birthDates, Set<String> countries, List<Identifier> identifiers, Set<String> programs) {
    this(source, entityId, type, names, birthDates, countries, identifiers, programs, null, List.of());
  }

  /** The same entity with these owners making it owned or controlled by listed parties (none: not flagged). */
  public WatchlistEntity withOwnedOrControlledBy(List<ControllingOwner> owners) {
    return new WatchlistEntity(source, entityId, type, names, birthDates, countries, identifiers, programs, listedOn,
        owners);
  }

  /** Whether listed parties own 50% or more of it. */
  public boolean ownedOrControlled() {
    return !ownedOrControlledBy.isEmpty();
  }

  /** The primary name. */
  public String primaryName() {
    return names.get(0).value();
  }
}
