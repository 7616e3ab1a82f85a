package io.tillid.screening.internal.screen;

import io.tillid.platform.BadInputException;
import io.tillid.screening.internal.matching.Match;
import io.tillid.screening.internal.matching.ScreeningDefaults;
import io.tillid.screening.internal.matching.ScreeningEngine;
import io.tillid.screening.internal.matching.ScreeningQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Screens a request against the current list versions. Keeps one engine built from the
 * {@link WatchlistSnapshot} and builds a new one when the snapshot's versions change (after an
 * import), so a screening never mixes list versions and never waits for more than one build.
 */
public final class ScreeningService {

  private final WatchlistSnapshot snapshot;
  private volatile Built current;

  private record Built(ScreeningEngine engine, Map<String, String> versions) {}

  public ScreeningService(WatchlistSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  public ScreeningResponse screen(ScreeningRequest request) {
    return screen(request, ScreeningDefaults.THRESHOLD);
  }

  /** Screens with {@code defaultThreshold} (the tenant's) when the request names no threshold. */
  public ScreeningResponse screen(ScreeningRequest request, double defaultThreshold) {
    ScreeningRequest.Valid valid = request.validate(defaultThreshold);
    Built built = current();
    if (built.engine().normalize(valid.query()).isEmpty()) {
      throw new BadInputException("The field 'name' has nothing that can be matched (only titles or legal forms).");
    }
    List<ScreeningResponse.MatchView> matches = built.engine().screen(valid.query(), valid.threshold(), valid.limit())
        .stream().map(ScreeningResponse.MatchView::of).toList();
    List<ScreeningResponse.ListVersion> lists = new ArrayList<>();
    new TreeMap<>(built.versions()).forEach((source, version) -> {
      if (valid.query().sources().isEmpty() || valid.query().sources().contains(source)) {
        lists.add(new ScreeningResponse.ListVersion(source, version));
      }
    });
    return new ScreeningResponse(matches, lists);
  }

  /**
   * The current lists' matches for a query (a customer's), best first; none when the name has
   * nothing that can be matched.
   */
  public List<Match> matches(ScreeningQuery query, double threshold, int limit) {
    ScreeningEngine engine = current().engine();
    return engine.normalize(query).isEmpty() ? List.of() : engine.screen(query, threshold, limit);
  }

  /** Rebuilds now if the lists changed (an importer may call this right after an import). */
  public void refresh() {
    current();
  }

  private Built current() {
    Map<String, String> versions = Map.copyOf(snapshot.versions());
    Built built = current;
    if (built != null && built.versions().equals(versions)) {
      return built;
    }
    synchronized (this) {
      built = current;
      if (built == null || !built.versions().equals(versions)) {
        built = new Built(ScreeningEngine.build(snapshot.entities()), versions);
        current = built;
      }
      return built;
    }
  }
}
