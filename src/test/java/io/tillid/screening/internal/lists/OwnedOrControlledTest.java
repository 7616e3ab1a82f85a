package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnedOrControlledTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final String ZAKHAROV = "NK-aU5ybkbRFJucf8YMwsJvDw";
  private static final String KALASHNIKOV = "NK-nR5AXM9AVPq4pQaSPSaVam";
  private static final String LLC_CST = "NK-abdzbEBkqyT29GyREbiURZ";
  private static final String SPS = "NK-9Xa4Kg7Y7nfccE7VcZt6Q6";
  private static final String TsST = "ru-inn-5920040846";

  private final ParsedList zala = parseZala();

  @Test
  void theZalaClusterFlagsLlcCstHeldByTwoListedOwnersTogether() {
    List<WatchlistEntity> flagged = flagged(OwnedOrControlled.derive(zala.entities(), zala.ownerships(), TODAY));

    // Zakharov's current 51% and Kalashnikov Concern's 49% (its first name in the data: JSC NPO IZHMASH);
    // Zakharov's ended 48% and 50% and others' ended 2% and 1% do not count, nor "subsidiary of" without a percentage
    assertThat(flagged).extracting(WatchlistEntity::entityId).containsExactly(LLC_CST);
    assertThat(flagged.get(0).ownedOrControlledBy()).containsExactly(
        new ControllingOwner(ZAKHAROV, "Aleksandr Vyacheslavovich Zakharov", new BigDecimal("51"), true),
        new ControllingOwner(KALASHNIKOV, "JSC NPO IZHMASH", new BigDecimal("49"), true));
  }

  @Test
  void onAnEarlierDayTheUnlistedCompanyHeldThenIsFlagged() {
    // Zakharov (listed) held 75% of OOO "SPS" from 2020-01-10 to 2022-11-22, and 100% of OOO "TsST" until 2019-08-02
    List<WatchlistEntity> flagged = flagged(OwnedOrControlled.derive(zala.entities(), zala.ownerships(),
        LocalDate.of(2021, 6, 1)));

    assertThat(flagged).extracting(WatchlistEntity::entityId).contains(SPS).doesNotContain(TsST);
    WatchlistEntity sps = flagged.stream().filter(e -> e.entityId().equals(SPS)).findFirst().orElseThrow();
    assertThat(OwnedOrControlled.listed(sps)).isFalse();
    assertThat(sps.ownedOrControlledBy()).extracting(ControllingOwner::entityId, ControllingOwner::share)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ZAKHAROV, new BigDecimal("75")));
  }

  @Test
  void sharesOfListedOwnersAreSummedButUnlistedOnesAndUnknownSharesDoNotCount() {
    List<WatchlistEntity> entities = List.of(listed("a"), listed("b"), company("c"), company("d"), company("e"));
    List<Ownership> ownerships = List.of(own("1", "a", "c", "30"), own("2", "b", "c", "25"),
        own("3", "a", "e", "30"), own("4", "d", "e", "40"), new Ownership("5", "b", "e", null));

    List<WatchlistEntity> flagged = flagged(OwnedOrControlled.derive(entities, ownerships, TODAY));

    assertThat(flagged).extracting(WatchlistEntity::entityId).containsExactly("c");
    assertThat(flagged.get(0).ownedOrControlledBy()).extracting(ControllingOwner::entityId).containsExactly("a", "b");
  }

  @Test
  void chainsAreFollowedAndTheIntermediateOwnerIsMarkedAsNotListedItself() {
    List<WatchlistEntity> entities = List.of(listed("p"), company("x"), company("y"), company("z"));
    List<Ownership> ownerships = List.of(own("1", "p", "x", "60"), own("2", "x", "y", "50"), own("3", "y", "z", "49.99"),
        own("4", "z", "x", "10"));

    List<WatchlistEntity> flagged = flagged(OwnedOrControlled.derive(entities, ownerships, TODAY));

    assertThat(flagged).extracting(WatchlistEntity::entityId).containsExactly("x", "y");
    assertThat(flagged.get(1).ownedOrControlledBy())
        .containsExactly(new ControllingOwner("x", "x Ltd", new BigDecimal("50"), false));
  }

  @Test
  void oneHoldingRecordedTwiceCountsOnceAndAnEndedOneNotAtAll() {
    List<WatchlistEntity> entities = List.of(listed("a"), company("c"));
    List<Ownership> twice = List.of(own("1", "a", "c", "30"), own("2", "a", "c", "30"));
    List<Ownership> ended = List.of(new Ownership("1", "a", "c", new BigDecimal("80"), PartialDate.parse("2026-11")));

    assertThat(flagged(OwnedOrControlled.derive(entities, twice, TODAY))).isEmpty();
    assertThat(flagged(OwnedOrControlled.derive(entities, ended, TODAY))).hasSize(1);
    assertThat(flagged(OwnedOrControlled.derive(entities, ended, LocalDate.of(2026, 12, 1)))).isEmpty();
  }

  @Test
  void aFlagThatNoLongerHoldsIsCleared() {
    List<WatchlistEntity> entities = List.of(listed("a"), company("c"));
    List<WatchlistEntity> before = OwnedOrControlled.derive(entities, List.of(own("1", "a", "c", "50")), TODAY);

    List<WatchlistEntity> after = OwnedOrControlled.derive(before, List.of(own("1", "a", "c", "20")), TODAY);

    assertThat(flagged(before)).hasSize(1);
    assertThat(flagged(after)).isEmpty();
    assertThat(EntityFingerprint.of(after.get(1))).isEqualTo(EntityFingerprint.of(company("c")))
        .isNotEqualTo(EntityFingerprint.of(before.get(1)));
  }

  private static List<WatchlistEntity> flagged(List<WatchlistEntity> entities) {
    return entities.stream().filter(WatchlistEntity::ownedOrControlled).toList();
  }

  private static WatchlistEntity listed(String id) {
    return new WatchlistEntity("opensanctions", id, EntityType.PERSON, List.of(new EntityName(id + " Person", false)),
        List.of(), Set.of(), List.of(), Set.of("sanction"));
  }

  private static WatchlistEntity company(String id) {
    return new WatchlistEntity("opensanctions", id, EntityType.ORGANIZATION, List.of(new EntityName(id + " Ltd", false)),
        List.of(), Set.of(), List.of(), Set.of());
  }

  private static Ownership own(String id, String owner, String asset, String share) {
    return new Ownership(id, owner, asset, new BigDecimal(share));
  }

  private static ParsedList parseZala() {
    try {
      return new FtmParser().parse(ListFixtures.path("opensanctions_ftm/yente_zala_cluster_entities.ftm.json"),
          ParseProgress.NONE);
    } catch (ListFormatException e) {
      throw new AssertionError(e);
    }
  }
}
