package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.WatchlistEntity;

/** A person is not an organisation: a known type that differs from the listed one costs {@link #MISMATCH}. */
final class TypeRule implements EvidenceRule {

  static final double MISMATCH = -0.2;

  @Override
  public Explanation.Factor assess(ScreeningQuery query, WatchlistEntity entity, double scoreSoFar) {
    if (query.type() == null || query.type() == EntityType.UNKNOWN || entity.type() == EntityType.UNKNOWN) {
      return null;
    }
    return query.type() == entity.type()
        ? new Explanation.Factor("type", "match", 0)
        : new Explanation.Factor("type", "mismatch", MISMATCH);
  }

  @Override
  public double maxBonus(ScreeningQuery query) {
    return 0;
  }
}
