package io.tillid.screening.internal.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags the entities of one list version that listed parties own 50% or more of, from the list's
 * ownership relations (the "50 percent rule" of OFAC, and the ownership limb of the UK and EU tests):
 *
 * <ul>
 *   <li>an owner counts when it is <b>listed</b>, i.e. an entity of the same list with the sanctions
 *       topic {@code sanction} (OpenSanctions), or when it is itself flagged here (so chains are
 *       followed: a listed person's 60% company's 50% subsidiary is flagged too);
 *   <li>the shares of all counting owners of an asset are summed; a relation counts only if the list
 *       gives its percentage and it has not ended by the day of the import; several relations of one
 *       owner to one asset (the same holding recorded by several sources or periods) count once, with
 *       the largest share;
 *   <li>an asset whose sum reaches 50 is flagged with the counting owners, largest share first.
 * </ul>
 *
 * Relations whose percentage is not given ("subsidiary of") do not count: the flag never guesses.
 */
public final class OwnedOrControlled {

  /** The share of listed parties that makes an entity owned or controlled. */
  public static final BigDecimal THRESHOLD = BigDecimal.valueOf(50);

  /** The topic that marks a sanctioned entity in OpenSanctions data. */
  static final String SANCTIONED = "sanction";

  private OwnedOrControlled() {}

  /** Whether the entity is itself on a sanctions list as its list marks it. */
  static boolean listed(WatchlistEntity entity) {
    return entity.programs().contains(SANCTIONED);
  }

  /**
   * The entities with their flags set (or cleared) from the ownership relations held on {@code day};
   * the order of {@code entities} is kept.
   */
  public static List<WatchlistEntity> derive(List<WatchlistEntity> entities, List<Ownership> ownerships, LocalDate day) {
    Map<String, WatchlistEntity> byId = new LinkedHashMap<>();
    entities.forEach(entity -> byId.put(entity.entityId(), entity));
    Map<String, Map<String, BigDecimal>> ownersOf = new HashMap<>();
    for (Ownership ownership : ownerships) {
      if (ownership.share() != null && ownership.heldOn(day) && byId.containsKey(ownership.ownerId())
          && byId.containsKey(ownership.assetId()) && !ownership.ownerId().equals(ownership.assetId())) {
        ownersOf.computeIfAbsent(ownership.assetId(), id -> new HashMap<>())
            .merge(ownership.ownerId(), ownership.share(), BigDecimal::max);
      }
    }
    Set<String> flagged = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<String, Map<String, BigDecimal>> asset : ownersOf.entrySet()) {
        if (!flagged.contains(asset.getKey())
            && counted(asset.getValue(), byId, flagged).compareTo(THRESHOLD) >= 0) {
          flagged.add(asset.getKey());
          grew = true;
        }
      }
    }
    List<WatchlistEntity> result = new ArrayList<>(byId.size());
    for (WatchlistEntity entity : byId.values()) {
      List<ControllingOwner> owners = List.of();
      if (flagged.contains(entity.entityId())) {
        owners = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> owner : ownersOf.get(entity.entityId()).entrySet()) {
          WatchlistEntity party = byId.get(owner.getKey());
          if (listed(party) || flagged.contains(owner.getKey())) {
            owners.add(new ControllingOwner(party.entityId(), party.primaryName(), owner.getValue(), listed(party)));
          }
        }
        owners.sort(Comparator.comparing(ControllingOwner::share).reversed().thenComparing(ControllingOwner::entityId));
      }
      result.add(owners.equals(entity.ownedOrControlledBy()) ? entity : entity.withOwnedOrControlledBy(owners));
    }
    return result;
  }

  private static BigDecimal counted(Map<String, BigDecimal> owners, Map<String, WatchlistEntity> byId, Set<String> flagged) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> owner : owners.entrySet()) {
      if (listed(byId.get(owner.getKey())) || flagged.contains(owner.getKey())) {
        sum = sum.add(owner.getValue());
      }
    }
    return sum;
  }
}
