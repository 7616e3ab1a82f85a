package io.tillid.audit.internal;

import io.tillid.audit.ChainVerification;
import io.tillid.audit.ChainVerification.Reason;
import io.tillid.platform.TenantId;

/**
 * Follows one chain entry by entry, in sequence order, and stops at the first break. Holds only
 * the last hash, so chains of any length verify in constant memory.
 */
final class ChainWalker {

  private final TenantId tenant;
  private long verified;
  private String lastHash = ChainHash.GENESIS;
  private ChainVerification broken;

  ChainWalker(TenantId tenant) {
    this.tenant = tenant;
  }

  /** @return whether to go on: false once the chain has broken */
  boolean accept(StoredEntry entry) {
    if (broken != null) {
      return false;
    }
    long expected = verified + 1;
    if (entry.seq() != expected) {
      return breakAt(expected, Reason.MISSING_ENTRY);
    }
    if (!ChainHash.same(lastHash, entry.prevHash())) {
      return breakAt(expected, Reason.LINK_MISMATCH);
    }
    if (!ChainHash.same(hashOf(entry), entry.entryHash())) {
      return breakAt(expected, Reason.HASH_MISMATCH);
    }
    verified = expected;
    lastHash = entry.entryHash();
    return true;
  }

  /** Compares the end of the chain with its head; a missing head counts as an empty chain's. */
  ChainVerification finish(long headSeq, String headHash) {
    if (broken != null) {
      return broken;
    }
    if (headSeq > verified) {
      breakAt(verified + 1, Reason.HEAD_MISMATCH);
    } else if (headSeq < verified) {
      breakAt(headSeq + 1, Reason.HEAD_MISMATCH);
    } else if (!ChainHash.same(lastHash, headHash)) {
      breakAt(Math.max(verified, 1), Reason.HEAD_MISMATCH);
    }
    return broken != null ? broken : ChainVerification.intact(tenant, verified);
  }

  private String hashOf(StoredEntry entry) {
    try {
      return ChainHash.of(new ChainEntry(tenant, entry.seq(), entry.occurredAt(), entry.actor(), entry.action(),
          entry.targetType(), entry.targetId(), DetailsCodec.decode(entry.details()), entry.prevHash()));
    } catch (IllegalArgumentException e) {
      return ""; // details that are no longer canonical JSON were changed, which is what a mismatch says
    }
  }

  private boolean breakAt(long seq, Reason reason) {
    broken = ChainVerification.broken(tenant, verified, seq, reason);
    return false;
  }
}
