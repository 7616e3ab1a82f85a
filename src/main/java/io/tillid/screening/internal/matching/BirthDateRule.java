package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.PartialDate;
import io.tillid.screening.internal.lists.WatchlistEntity;

/**
 * Birth (or incorporation) dates: the same day raises the score, the same month or year a little;
 * a year more than one off any listed date is a conflict and weakens it. The closest listed date
 * counts (lists give several when unsure); as precise as the less precise of the two.
 */
final class BirthDateRule implements EvidenceRule {

  static final double SAME_DAY = 0.05;
  static final double SAME_MONTH = 0.03;
  static final double SAME_YEAR = 0.02;
  static final double CONFLICT = -0.15;

  @Override
  public Explanation.Factor assess(ScreeningQuery query, WatchlistEntity entity, double scoreSoFar) {
    PartialDate asked = query.birthDate();
    if (asked == null || entity.birthDates().isEmpty()) {
      return null;
    }
    String best = null;
    double contribution = CONFLICT;
    for (PartialDate listed : entity.birthDates()) {
      int years = Math.abs(asked.year() - listed.year());
      if (years == 0) {
        boolean months = asked.month() != null && listed.month() != null;
        if (months && !asked.month().equals(listed.month())) {
          if (contribution < 0) {
            contribution = 0;
            best = "month-differs";
          }
        } else if (months && asked.day() != null && listed.day() != null) {
          if (asked.day().equals(listed.day())) {
            return new Explanation.Factor("birthDate", "same-day", SAME_DAY);
          } else if (contribution < SAME_MONTH) {
            contribution = 0;
            best = "day-differs";
          }
        } else if (months && contribution < SAME_MONTH) {
          contribution = SAME_MONTH;
          best = "same-month";
        } else if (!months && contribution < SAME_YEAR) {
          contribution = SAME_YEAR;
          best = "same-year";
        }
      } else if (years == 1 && contribution < 0) {
        contribution = 0;
        best = "year-off-by-one";
      }
    }
    return new Explanation.Factor("birthDate", best == null ? "conflict" : best, contribution);
  }

  @Override
  public double maxBonus(ScreeningQuery query) {
    return query.birthDate() == null ? 0 : SAME_DAY;
  }
}
