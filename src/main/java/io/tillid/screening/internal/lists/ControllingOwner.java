package io.tillid.screening.internal.lists;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One owner that makes a listed entity "owned or controlled by listed parties".
 *
 * @param entityId the owner's id in the same list
 * @param name the owner's primary name as the list writes it
 * @param share the percent it holds (the largest current relation when the list records several)
 * @param listed true when the owner is itself sanctioned; false when it counts because it is in turn
 *     owned or controlled by listed parties (an indirect chain)
 */
public record ControllingOwner(String entityId, String name, BigDecimal share, boolean listed) {

  public ControllingOwner {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(share, "share");
    share = share.stripTrailingZeros();
    share = share.scale() < 0 ? share.setScale(0) : share;
  }
}
