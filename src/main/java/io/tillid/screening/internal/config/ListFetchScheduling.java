package io.tillid.screening.internal.config;

import io.tillid.screening.internal.lists.ImportList;
import io.tillid.screening.internal.lists.ListFetcher;
import io.tillid.screening.internal.lists.ListParsers;
import io.tillid.screening.internal.lists.ScheduledImport;
import io.tillid.screening.internal.monitoring.ListMonitoring;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Fetches the configured lists on their schedules when {@code tillid.lists.fetch-enabled} is true
 * (never in a one-shot command). Each node fetches on its own; an unchanged file makes no new
 * version, and of two nodes importing a changed one at once, one import fails and changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${tillid.lists.fetch-enabled:false} and !${tillid.cli:false}")
class ListFetchScheduling implements SchedulingConfigurer {

  private final ListsProperties properties;
  private final ListParsers parsers;
  private final ImportList importList;
  private final ListMonitoring monitoring;

  ListFetchScheduling(ListsProperties properties, ListParsers parsers, ImportList importList,
      ListMonitoring monitoring) {
    this.monitoring = monitoring;
    this.properties = properties;
    this.parsers = parsers;
    this.importList = importList;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    ListFetcher fetcher = new ListFetcher(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build(), properties.maxMegabytes() * 1024L * 1024L, Duration.ofMinutes(10));
    for (FetchPlan.Scheduled feed : FetchPlan.of(properties, parsers)) {
      ScheduledImport fetch = new ScheduledImport(feed.source(), feed.urls(), fetcher, importList);
      registrar.addCronTask(() -> {
        fetch.run();
        MonitoringScheduling.guarded("catch-up", monitoring::catchUp); // rescreen against what the fetch changed
      }, feed.cron());
    }
  }
}
