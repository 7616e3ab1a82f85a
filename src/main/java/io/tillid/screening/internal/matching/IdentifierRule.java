package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.Identifier;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.Locale;

/**
 * An identifier (passport, national id, registration or IMO number) equal to a listed one is
 * strong evidence: it closes {@link #CLOSES} of the gap between the score and 1. Compared without
 * spaces, dashes and dots, case-insensitively.
 */
final class IdentifierRule implements EvidenceRule {

  static final double CLOSES = 0.7;

  @Override
  public Explanation.Factor assess(ScreeningQuery query, WatchlistEntity entity, double scoreSoFar) {
    if (query.identifiers().isEmpty() || entity.identifiers().isEmpty()) {
      return null;
    }
    for (String asked : query.identifiers()) {
      String wanted = normalize(asked);
      for (Identifier listed : entity.identifiers()) {
        if (!wanted.isEmpty() && wanted.equals(normalize(listed.value()))) {
          return new Explanation.Factor("identifier", "match:" + listed.kind(), (1 - scoreSoFar) * CLOSES);
        }
      }
    }
    return null;
  }

  @Override
  public double maxBonus(ScreeningQuery query) {
    return 0;
  }

  static String normalize(String identifier) {
    StringBuilder out = new StringBuilder(identifier.length());
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toUpperCase(c));
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
