package io.tillid.screening.internal.lists;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An ownership relation from a list (OpenSanctions FtM {@code Ownership}): {@code ownerId} owns
 * {@code share} percent of {@code assetId}. Ids are entity ids of the same list.
 *
 * @param relationId the list's id of the relation
 * @param share percent held (0 to 100), or null when the list does not say
 */
public record Ownership(String relationId, String ownerId, String assetId, BigDecimal share) {

  public Ownership {
    Objects.requireNonNull(relationId, "relationId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(assetId, "assetId");
  }
}
