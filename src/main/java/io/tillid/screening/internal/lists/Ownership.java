package io.tillid.screening.internal.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An ownership relation from a list (OpenSanctions FtM {@code Ownership}): {@code ownerId} owns
 * {@code share} percent of {@code assetId}. Ids are entity ids of the same list.
 *
 * @param relationId the list's id of the relation
 * @param share percent held (0 to 100), or null when the list does not say
 * @param endDate when the relation ended, or null when the list gives no end
 */
public record Ownership(String relationId, String ownerId, String assetId, BigDecimal share, PartialDate endDate) {

  public Ownership {
    Objects.requireNonNull(relationId, "relationId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(assetId, "assetId");
  }

  /** A relation with no end date. */
  public Ownership(String relationId, String ownerId, String assetId, BigDecimal share) {
    this(relationId, ownerId, assetId, share, null);
  }

  /** Whether the relation still held on {@code day}: no end date, or one not before it (a year ends on 31 December). */
  public boolean heldOn(LocalDate day) {
    if (endDate == null) {
      return true;
    }
    LocalDate last = endDate.month() == null ? LocalDate.of(endDate.year(), 12, 31)
        : endDate.day() == null ? YearMonth.of(endDate.year(), endDate.month()).atEndOfMonth()
        : LocalDate.of(endDate.year(), endDate.month(), endDate.day());
    return !last.isBefore(day);
  }
}
