package io.tillid.screening.internal.screen;

import io.tillid.screening.internal.lists.ControllingOwner;
import io.tillid.screening.internal.matching.Explanation;
import io.tillid.screening.internal.matching.Match;
import java.util.List;

/**
 * The answer of the API and of {@code screen --json}:
 * {@code {"matches":[{"entityId","source","name","matchedName","score","type","explanation",
 * "ownedOrControlledBy"}], "lists":[{"source","version"}]}}. {@code ownedOrControlledBy} is empty unless
 * listed parties own 50% or more of the matched entity: then it names them
 * ({@code [{"entityId","name","share","listed"}]}, see {@link ControllingOwner}).
 */
public record ScreeningResponse(List<MatchView> matches, List<ListVersion> lists) {

  public ScreeningResponse {
    matches = List.copyOf(matches);
    lists = List.copyOf(lists);
  }

  /** One match: the entity's primary name, the name that matched, the score and why, and its listed owners. */
  public record MatchView(String entityId, String source, String name, String matchedName, double score, String type,
      Explanation explanation, List<ControllingOwner> ownedOrControlledBy) {

    public MatchView {
      ownedOrControlledBy = ownedOrControlledBy == null ? List.of() : List.copyOf(ownedOrControlledBy);
    }

    static MatchView of(Match match) {
      return new MatchView(match.entity().entityId(), match.entity().source(), match.entity().primaryName(),
          match.matchedName(), match.score(), match.entity().type().value(), match.explanation(),
          match.entity().ownedOrControlledBy());
    }
  }

  /** The version of a list the screening ran against. */
  public record ListVersion(String source, String version) {}
}
