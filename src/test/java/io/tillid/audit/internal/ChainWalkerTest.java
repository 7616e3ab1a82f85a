package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.audit.ChainVerification;
import io.tillid.audit.ChainVerification.Reason;
import io.tillid.platform.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainWalkerTest {

  private final TenantId tenant = TenantId.random();

  private List<StoredEntry> chain(int length) {
    List<StoredEntry> entries = new ArrayList<>();
    String prev = ChainHash.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq);
      Map<String, String> details = Map.of("n", Integer.toString(seq));
      String hash = ChainHash.of(new ChainEntry(tenant, seq, at, "user:1", "x.done", "x", "7", details, prev));
      entries.add(new StoredEntry(seq, at, "user:1", "x.done", "x", "7", DetailsCodec.encode(details), prev, hash));
      prev = hash;
    }
    return entries;
  }

  private ChainVerification walk(List<StoredEntry> entries, long headSeq, String headHash) {
    ChainWalker walker = new ChainWalker(tenant);
    for (StoredEntry entry : entries) {
      if (!walker.accept(entry)) {
        break;
      }
    }
    return walker.finish(headSeq, headHash);
  }

  private static String last(List<StoredEntry> entries) {
    return entries.get(entries.size() - 1).entryHash();
  }

  @Test
  void intactChainCountsItsEntries() {
    List<StoredEntry> entries = chain(5);
    assertThat(walk(entries, 5, last(entries))).isEqualTo(ChainVerification.intact(tenant, 5));
  }

  @Test
  void emptyChainWithoutHeadIsIntact() {
    assertThat(walk(List.of(), 0, ChainHash.GENESIS)).isEqualTo(ChainVerification.intact(tenant, 0));
  }

  @Test
  void changedContentIsAHashMismatchAtThatEntry() {
    List<StoredEntry> entries = chain(5);
    StoredEntry third = entries.get(2);
    entries.set(2, new StoredEntry(3, third.occurredAt(), third.actor(), third.action(), third.targetType(),
        third.targetId(), "{\"n\":\"99\"}", third.prevHash(), third.entryHash()));
    assertThat(walk(entries, 5, last(entries)).firstBreak()).isEqualTo(new ChainVerification.Break(3, Reason.HASH_MISMATCH));
  }

  @Test
  void unreadableDetailsAreAHashMismatch() {
    List<StoredEntry> entries = chain(2);
    StoredEntry first = entries.get(0);
    entries.set(0, new StoredEntry(1, first.occurredAt(), first.actor(), first.action(), first.targetType(),
        first.targetId(), "not json", first.prevHash(), first.entryHash()));
    assertThat(walk(entries, 2, last(entries)).firstBreak()).isEqualTo(new ChainVerification.Break(1, Reason.HASH_MISMATCH));
  }

  @Test
  void replacedStoredHashIsAHashMismatch() {
    List<StoredEntry> entries = chain(4);
    StoredEntry second = entries.get(1);
    entries.set(1, new StoredEntry(2, second.occurredAt(), second.actor(), second.action(), second.targetType(),
        second.targetId(), second.details(), second.prevHash(), "f".repeat(64)));
    ChainVerification result = walk(entries, 4, last(entries));
    assertThat(result.firstBreak()).isEqualTo(new ChainVerification.Break(2, Reason.HASH_MISMATCH));
  }

  @Test
  void removedEntryIsAGap() {
    List<StoredEntry> entries = chain(5);
    entries.remove(1);
    ChainVerification result = walk(entries, 5, last(entries));
    assertThat(result.firstBreak()).isEqualTo(new ChainVerification.Break(2, Reason.MISSING_ENTRY));
    assertThat(result.entries()).isEqualTo(1);
  }

  @Test
  void removedTailIsAHeadMismatch() {
    List<StoredEntry> entries = chain(5);
    String headHash = last(entries);
    entries.remove(4);
    assertThat(walk(entries, 5, headHash).firstBreak()).isEqualTo(new ChainVerification.Break(5, Reason.HEAD_MISMATCH));
  }

  @Test
  void entriesPastTheHeadOrAnotherEndAreAHeadMismatch() {
    List<StoredEntry> entries = chain(3);
    assertThat(walk(entries, 2, entries.get(1).entryHash()).firstBreak())
        .isEqualTo(new ChainVerification.Break(3, Reason.HEAD_MISMATCH));
    assertThat(walk(entries, 3, "a".repeat(64)).firstBreak())
        .isEqualTo(new ChainVerification.Break(3, Reason.HEAD_MISMATCH));
    assertThat(walk(entries, 0, ChainHash.GENESIS).firstBreak())
        .isEqualTo(new ChainVerification.Break(1, Reason.HEAD_MISMATCH));
  }

  @Test
  void rewrittenEntryWithARecomputedHashBreaksTheNextLink() {
    List<StoredEntry> entries = chain(3);
    StoredEntry second = entries.get(1);
    Map<String, String> forged = Map.of("n", "forged");
    String hash = ChainHash.of(new ChainEntry(tenant, 2, second.occurredAt(), second.actor(), second.action(),
        second.targetType(), second.targetId(), forged, second.prevHash()));
    entries.set(1, new StoredEntry(2, second.occurredAt(), second.actor(), second.action(), second.targetType(),
        second.targetId(), DetailsCodec.encode(forged), second.prevHash(), hash));
    assertThat(walk(entries, 3, last(entries)).firstBreak()).isEqualTo(new ChainVerification.Break(3, Reason.LINK_MISMATCH));
  }
}
