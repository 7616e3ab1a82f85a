package io.tillid.audit;

import io.tillid.platform.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying one tenant's chain.
 *
 * @param tenant whose chain was verified
 * @param entries how many entries verified in order before the end or the first break
 * @param firstBreak the first break found, or null when the chain is intact
 */
public record ChainVerification(TenantId tenant, long entries, Break firstBreak) {

  public ChainVerification {
    Objects.requireNonNull(tenant, "tenant");
  }

  public static ChainVerification intact(TenantId tenant, long entries) {
    return new ChainVerification(tenant, entries, null);
  }

  public static ChainVerification broken(TenantId tenant, long entries, long seq, Reason reason) {
    return new ChainVerification(tenant, entries, new Break(seq, reason));
  }

  public boolean isIntact() {
    return firstBreak == null;
  }

  public Optional<Break> brokenAt() {
    return Optional.ofNullable(firstBreak);
  }

  /**
   * Where and why a chain breaks.
   *
   * @param seq the sequence number of the first entry that is wrong or missing
   * @param reason what is wrong with it
   */
  public record Break(long seq, Reason reason) {

    public Break {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a chain breaks at an entry. */
  public enum Reason {
    /** The entry's content no longer gives its stored hash: it was changed. */
    HASH_MISMATCH("hash mismatch"),
    /** The entry does not point at the hash of the entry before it. */
    LINK_MISMATCH("link mismatch"),
    /** The sequence skips this number: the entry was removed. */
    MISSING_ENTRY("missing entry"),
    /** The chain does not end where its head says: entries were removed from or added to its end. */
    HEAD_MISMATCH("head mismatch");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** A few words for people, such as {@code hash mismatch}. */
    public String description() {
      return description;
    }
  }
}
