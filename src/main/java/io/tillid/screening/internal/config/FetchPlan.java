package io.tillid.screening.internal.config;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.screening.internal.lists.ListParsers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.scheduling.support.CronExpression;

/**
 * Which lists to fetch and when, from the configuration: nothing unless fetching is enabled; every
 * feed must name a known source, a valid cron expression and HTTPS URLs (plain HTTP only to the
 * loopback address, for tests). A wrong feed stops the start with a reason naming its property.
 */
@SuppressFBWarnings(value = "IMPROPER_UNICODE",
    justification = "Only the URL scheme is lower-cased, to compare it with the ASCII words http and https.")
final class FetchPlan {

  /** One list to fetch on a schedule. */
  record Scheduled(String source, List<URI> urls, String cron) {}

  private FetchPlan() {}

  static List<Scheduled> of(ListsProperties properties, ListParsers parsers) {
    List<Scheduled> plan = new ArrayList<>();
    if (!properties.fetchEnabled()) {
      return plan;
    }
    for (Map.Entry<String, ListsProperties.Feed> entry : new TreeMap<>(properties.feeds()).entrySet()) {
      String where = "tillid.lists.feeds." + entry.getKey();
      ListsProperties.Feed feed = entry.getValue();
      if (parsers.forSource(entry.getKey()).isEmpty()) {
        throw new IllegalStateException(where + ": no such list source");
      }
      if (feed.cron() == null || !CronExpression.isValidExpression(feed.cron())) {
        throw new IllegalStateException(where + ".cron: not a cron expression");
      }
      if (feed.urls().isEmpty() || !feed.urls().stream().allMatch(FetchPlan::allowed)) {
        throw new IllegalStateException(where + ".urls: HTTPS addresses are required");
      }
      plan.add(new Scheduled(entry.getKey(), feed.urls(), feed.cron()));
    }
    return plan;
  }

  private static boolean allowed(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return url.getHost() != null && ("https".equals(scheme)
        || ("http".equals(scheme) && ("127.0.0.1".equals(url.getHost()) || "localhost".equals(url.getHost()))));
  }
}
