package io.tillid.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.customers.internal.OwnershipGraph.Basis;
import io.tillid.customers.internal.OwnershipGraph.BeneficialOwner;
import io.tillid.customers.internal.OwnershipGraph.Holding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OwnershipGraphTest {

  private final UUID target = id(1);
  private final UUID holdingA = id(2);
  private final UUID holdingB = id(3);
  private final UUID anna = id(10);
  private final UUID bo = id(11);

  private static UUID id(int n) {
    return new UUID(0, n);
  }

  private static Holding holds(UUID owner, UUID company, double share) {
    return new Holding(company, owner, share, null, false);
  }

  @Test
  void sharesMultiplyAlongAThreeLevelChainAndThePathExplainsIt() {
    OwnershipGraph graph = new OwnershipGraph(List.of(holds(anna, holdingA, 0.6), holds(holdingA, holdingB, 0.5),
        holds(holdingB, target, 1.0), holds(bo, holdingA, 0.4)));
    List<BeneficialOwner> owners = graph.beneficialOwners(target, Set.of(anna, bo), 0.25);
    assertThat(owners).singleElement().satisfies(owner -> {
      assertThat(owner.person()).isEqualTo(anna);
      assertThat(owner.effectiveShare()).isEqualTo(0.3);
      assertThat(owner.bases()).containsExactly(Basis.OWNERSHIP, Basis.VOTING);
      assertThat(owner.paths()).singleElement().satisfies(path -> assertThat(path).extracting(Holding::owner)
          .containsExactly(anna, holdingA, holdingB));
    });
  }

  @Test
  void sharesAddUpAcrossPaths() {
    OwnershipGraph graph = new OwnershipGraph(List.of(holds(anna, target, 0.2), holds(anna, holdingA, 0.2),
        holds(holdingA, target, 0.5)));
    BeneficialOwner owner = graph.beneficialOwners(target, Set.of(anna), 0.25).get(0);
    assertThat(owner.effectiveShare()).isEqualTo(0.3);
    assertThat(owner.paths()).hasSize(2);
  }

  @Test
  void exactlyTheThresholdIsNotMoreThanIt() {
    OwnershipGraph graph = new OwnershipGraph(List.of(holds(anna, target, 0.25)));
    assertThat(graph.beneficialOwners(target, Set.of(anna), 0.25)).isEmpty();
    assertThat(graph.beneficialOwners(target, Set.of(anna), 0.20)).hasSize(1);
  }

  @Test
  void votingRightsAndControlByOtherMeansMakeBeneficialOwnersToo() {
    UUID controller = id(12);
    OwnershipGraph graph = new OwnershipGraph(List.of(new Holding(target, anna, 0.1, 0.3, false),
        new Holding(target, controller, 0.01, null, true)));
    List<BeneficialOwner> owners = graph.beneficialOwners(target, Set.of(anna, controller), 0.25);
    assertThat(owners).extracting(BeneficialOwner::person).containsExactly(anna, controller);
    assertThat(owners.get(0).bases()).containsExactly(Basis.VOTING);
    assertThat(owners.get(0).effectiveVotingShare()).isEqualTo(0.3);
    assertThat(owners.get(1).bases()).containsExactly(Basis.CONTROL);
  }

  @Test
  void aCycleIsFollowedOnceAndEndsTheChain() {
    OwnershipGraph graph = new OwnershipGraph(List.of(holds(anna, holdingA, 0.6), holds(holdingA, holdingB, 0.5),
        holds(holdingB, holdingA, 0.4), holds(holdingB, target, 1.0)));
    BeneficialOwner owner = graph.beneficialOwners(target, Set.of(anna), 0.25).get(0);
    assertThat(owner.effectiveShare()).isEqualTo(0.3);
    assertThat(owner.paths()).hasSize(1);
  }

  @Test
  void anAbsurdlyDeepChainIsRefusedNotFollowedForever() {
    List<Holding> chain = new ArrayList<>();
    UUID below = target;
    for (int level = 0; level < OwnershipGraph.MAX_DEPTH + 2; level++) {
      UUID above = id(1000 + level);
      chain.add(holds(above, below, 1.0));
      below = above;
    }
    chain.add(holds(anna, below, 1.0));
    assertThatThrownBy(() -> new OwnershipGraph(chain).beneficialOwners(target, Set.of(anna), 0.25))
        .isInstanceOf(OwnershipGraph.OwnershipTooComplex.class);
  }
}
