package io.tillid.customers.internal;

import io.tillid.platform.InvalidFieldException;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A holding as the API and the form send it: the owner (a customer id), its share of the company as
 * a fraction (0 &lt; share &le; 1), optionally its voting share (0 to 1) and whether it controls the
 * company by other means.
 */
record OwnerInput(String ownerId, BigDecimal share, BigDecimal votingShare, Boolean controlByOtherMeans) {

  /** The validated holding of {@code company}. */
  OwnershipGraph.Holding validate(UUID company) {
    UUID owner;
    try {
      owner = UUID.fromString(Fields.text("ownerId", ownerId, 36, true));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("ownerId", "customer-id", "The field 'ownerId' must be a customer id.");
    }
    if (owner.equals(company)) {
      throw new InvalidFieldException("ownerId", "self", "The field 'ownerId' names the company itself.");
    }
    if (share == null) {
      throw new InvalidFieldException("share", "required", "The field 'share' is required.");
    }
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > 8) {
      throw new InvalidFieldException("share", "fraction", "The field 'share' must be a fraction above 0 and at most 1.");
    }
    if (votingShare != null && (votingShare.signum() < 0 || votingShare.compareTo(BigDecimal.ONE) > 0
        || votingShare.scale() > 8)) {
      throw new InvalidFieldException("votingShare", "fraction", "The field 'votingShare' must be a fraction from 0 to 1.");
    }
    return new OwnershipGraph.Holding(company, owner, share.doubleValue(),
        votingShare == null ? null : votingShare.doubleValue(), Boolean.TRUE.equals(controlByOtherMeans));
  }
}
