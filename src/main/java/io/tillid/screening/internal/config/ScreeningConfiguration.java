package io.tillid.screening.internal.config;

import io.tillid.screening.internal.screen.ScreeningService;
import io.tillid.screening.internal.screen.WatchlistSnapshot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java screening service to the list storage. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

  /**
   * Stand-in until list storage arrives: no lists, so every screening answers no matches. The
   * lists work replaces this bean method with its own {@link WatchlistSnapshot} of the stored
   * current list versions.
   */
  @Bean
  WatchlistSnapshot watchlistSnapshot() {
    return WatchlistSnapshot.empty();
  }

  @Bean
  ScreeningService screeningService(WatchlistSnapshot snapshot) {
    return new ScreeningService(snapshot);
  }
}
