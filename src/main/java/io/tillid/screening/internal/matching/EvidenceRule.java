package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.WatchlistEntity;

/** One piece of non-name evidence: what it adds to (or takes from) a name's score, and why. */
interface EvidenceRule {

  /** The factor, or null when the query or the entity says nothing about it. */
  Explanation.Factor assess(ScreeningQuery query, WatchlistEntity entity, double scoreSoFar);

  /** The most this rule can add to any score (for candidate retrieval). */
  double maxBonus(ScreeningQuery query);
}
