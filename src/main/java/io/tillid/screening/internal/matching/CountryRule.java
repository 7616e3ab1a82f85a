package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.Locale;

/**
 * Countries are weak evidence (people move, lists name several): a shared country adds a little,
 * no shared country takes a little away.
 */
final class CountryRule implements EvidenceRule {

  static final double SHARED = 0.02;
  static final double NONE_SHARED = -0.03;

  @Override
  public Explanation.Factor assess(ScreeningQuery query, WatchlistEntity entity, double scoreSoFar) {
    if (query.countries().isEmpty() || entity.countries().isEmpty()) {
      return null;
    }
    for (String country : query.countries()) {
      if (entity.countries().contains(country.toUpperCase(Locale.ROOT))
          || entity.countries().contains(country.toLowerCase(Locale.ROOT))) {
        return new Explanation.Factor("country", "shared", SHARED);
      }
    }
    return new Explanation.Factor("country", "none-shared", NONE_SHARED);
  }

  @Override
  public double maxBonus(ScreeningQuery query) {
    return query.countries().isEmpty() ? 0 : SHARED;
  }
}
