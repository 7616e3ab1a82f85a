package io.tillid.screening.internal.screen;

import io.tillid.screening.internal.matching.Explanation;
import io.tillid.screening.internal.matching.Match;
import java.util.List;

/**
 * The answer of the API and of {@code screen --json}:
 * {@code {"matches":[{"entityId","source","name","matchedName","score","type","explanation"}],
 * "lists":[{"source","version"}]}}.
 */
public record ScreeningResponse(List<MatchView> matches, List<ListVersion> lists) {

  public ScreeningResponse {
    matches = List.copyOf(matches);
    lists = List.copyOf(lists);
  }

  /** One match: the entity's primary name, the name that matched, the score and why. */
  public record MatchView(String entityId, String source, String name, String matchedName, double score, String type,
      Explanation explanation) {

    static MatchView of(Match match) {
      return new MatchView(match.entity().entityId(), match.entity().source(), match.entity().primaryName(),
          match.matchedName(), match.score(), match.entity().type().value(), match.explanation());
    }
  }

  /** The version of a list the screening ran against. */
  public record ListVersion(String source, String version) {}
}
