package io.tillid.screening.internal.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled fetching of lists from their publishers ({@code tillid.lists.*}), off unless
 * {@code fetch-enabled} is true.
 *
 * @param fetchEnabled whether feeds are fetched on their schedules
 * @param feeds by source id ({@code ofac-csv}, {@code un-xml}, ...): the URLs of the list's files and
 *     a Spring cron expression ({@code "0 15 6 * * *"})
 * @param maxMegabytes the largest file a fetch accepts
 */
@ConfigurationProperties("tillid.lists")
record ListsProperties(@DefaultValue("false") boolean fetchEnabled, Map<String, Feed> feeds,
    @DefaultValue("512") int maxMegabytes) {

  ListsProperties {
    feeds = feeds == null ? Map.of() : Map.copyOf(feeds);
  }

  /** Where one list is published and when to fetch it. */
  record Feed(List<URI> urls, String cron) {

    Feed {
      urls = urls == null ? List.of() : List.copyOf(urls);
    }
  }
}
