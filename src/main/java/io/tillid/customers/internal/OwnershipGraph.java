package io.tillid.customers.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who ultimately owns or controls a company, from its holdings: shares multiply along a chain and
 * add up across chains (only simple chains count, so a cycle adds nothing after its first turn);
 * voting rights the same (a holding without its own voting share votes with its share); control by
 * other means counts when held directly. A person whose effective ownership or voting exceeds the
 * threshold, or who controls by other means, is a beneficial owner, with every chain that explains it.
 */
final class OwnershipGraph {

  /** One holding: {@code owner} holds {@code share} of {@code company}. */
  record Holding(UUID company, UUID owner, double share, Double votingShare, boolean controlByOtherMeans) {

    double votes() {
      return votingShare == null ? share : votingShare;
    }
  }

  /** Why someone is a beneficial owner, strongest first. */
  enum Basis {
    OWNERSHIP,
    VOTING,
    CONTROL
  }

  /** A beneficial owner and the chains from it down to the company (each a list of holdings, owner first). */
  record BeneficialOwner(UUID person, double effectiveShare, double effectiveVotingShare, Set<Basis> bases,
      List<List<Holding>> paths) {}

  /** Chains longer than this are not followed: no real structure is that deep, a data error might be. */
  static final int MAX_DEPTH = 25;
  static final int MAX_PATHS = 10_000;

  private final Map<UUID, List<Holding>> ownersOf = new HashMap<>();

  OwnershipGraph(Collection<Holding> holdings) {
    for (Holding holding : holdings) {
      ownersOf.computeIfAbsent(holding.company(), key -> new ArrayList<>()).add(holding);
    }
    ownersOf.values().forEach(list -> list.sort(Comparator.comparing(Holding::owner)));
  }

  /**
   * The beneficial owners of {@code company} among {@code persons} (owners that are companies are
   * looked through, never reported), above {@code threshold} (e.g. 0.25 for "more than 25%").
   */
  List<BeneficialOwner> beneficialOwners(UUID company, Set<UUID> persons, double threshold) {
    Map<UUID, List<List<Holding>>> pathsByPerson = new LinkedHashMap<>();
    walk(company, new ArrayList<>(), new HashSet<>(Set.of(company)), persons, pathsByPerson, new int[] {0});
    List<BeneficialOwner> owners = new ArrayList<>();
    for (Map.Entry<UUID, List<List<Holding>>> entry : pathsByPerson.entrySet()) {
      double share = 0;
      double votes = 0;
      boolean control = false;
      for (List<Holding> path : entry.getValue()) {
        share += path.stream().mapToDouble(Holding::share).reduce(1, (a, b) -> a * b);
        votes += path.stream().mapToDouble(Holding::votes).reduce(1, (a, b) -> a * b);
        control |= path.size() == 1 && path.get(0).controlByOtherMeans();
      }
      Set<Basis> bases = EnumSet.noneOf(Basis.class);
      if (share > threshold + 1e-9) {
        bases.add(Basis.OWNERSHIP);
      }
      if (votes > threshold + 1e-9) {
        bases.add(Basis.VOTING);
      }
      if (control) {
        bases.add(Basis.CONTROL);
      }
      if (!bases.isEmpty()) {
        owners.add(new BeneficialOwner(entry.getKey(), round(share), round(votes), bases, entry.getValue()));
      }
    }
    owners.sort(Comparator.comparingDouble(BeneficialOwner::effectiveShare).reversed()
        .thenComparing(BeneficialOwner::person));
    return owners;
  }

  /** Follows holdings upwards from {@code node}; {@code below} is the chain from node down to the company. */
  private void walk(UUID node, List<Holding> below, Set<UUID> onPath, Set<UUID> persons,
      Map<UUID, List<List<Holding>>> found, int[] count) {
    if (below.size() >= MAX_DEPTH) {
      throw new OwnershipTooComplex();
    }
    for (Holding holding : ownersOf.getOrDefault(node, List.of())) {
      if (onPath.contains(holding.owner())) {
        continue; // a cycle: this chain already passed the owner
      }
      List<Holding> chain = new ArrayList<>(below.size() + 1);
      chain.add(holding);
      chain.addAll(below);
      if (persons.contains(holding.owner())) {
        if (++count[0] > MAX_PATHS) {
          throw new OwnershipTooComplex();
        }
        found.computeIfAbsent(holding.owner(), key -> new ArrayList<>()).add(List.copyOf(chain));
      } else {
        onPath.add(holding.owner());
        walk(holding.owner(), chain, onPath, persons, found, count);
        onPath.remove(holding.owner());
      }
    }
  }

  private static double round(double value) {
    return Math.round(value * 1_000_000d) / 1_000_000d;
  }

  /** The structure is deeper or has more chains than anyone could check; it needs a human look. */
  static final class OwnershipTooComplex extends io.tillid.platform.BadInputException {
    private static final long serialVersionUID = 1L;

    OwnershipTooComplex() {
      super("The ownership structure is too deep or has too many chains to compute beneficial owners.");
    }
  }
}
