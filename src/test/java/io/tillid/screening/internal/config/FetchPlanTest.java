package io.tillid.screening.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.screening.internal.lists.ListParsers;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchPlanTest {

  private static final ListsProperties.Feed UN = new ListsProperties.Feed(
      List.of(URI.create("https://lists.example/consolidated.xml")), "0 15 6 * * *");

  @Test
  void nothingIsFetchedUnlessEnabled() {
    assertThat(FetchPlan.of(new ListsProperties(false, Map.of("un-xml", UN), 512), ListParsers.all())).isEmpty();
    assertThat(FetchPlan.of(new ListsProperties(false, null, 512), ListParsers.all())).isEmpty();
  }

  @Test
  void enabledFeedsAreScheduledByTheirCron() {
    assertThat(FetchPlan.of(new ListsProperties(true, Map.of("un-xml", UN), 512), ListParsers.all()))
        .containsExactly(new FetchPlan.Scheduled("un-xml", UN.urls(), "0 15 6 * * *"));
    assertThat(FetchPlan.of(new ListsProperties(true, Map.of("uk-csv", UN), 512), ListParsers.all()))
        .extracting(FetchPlan.Scheduled::source).containsExactly("uk-csv");
  }

  @Test
  void aWrongFeedIsRefusedNamingItsProperty() {
    ListsProperties unknown = new ListsProperties(true, Map.of("ch-seco", UN), 512);
    ListsProperties cron = new ListsProperties(true, Map.of("un-xml", new ListsProperties.Feed(UN.urls(), "daily")), 512);
    ListsProperties plain = new ListsProperties(true, Map.of("un-xml", new ListsProperties.Feed(
        List.of(URI.create("http://lists.example/x.xml")), "0 0 6 * * *")), 512);

    assertThatThrownBy(() -> FetchPlan.of(unknown, ListParsers.all())).hasMessage("tillid.lists.feeds.ch-seco: no such list source");
    assertThatThrownBy(() -> FetchPlan.of(cron, ListParsers.all())).hasMessage("tillid.lists.feeds.un-xml.cron: not a cron expression");
    assertThatThrownBy(() -> FetchPlan.of(plain, ListParsers.all()))
        .hasMessage("tillid.lists.feeds.un-xml.urls: HTTPS addresses are required");
  }
}
