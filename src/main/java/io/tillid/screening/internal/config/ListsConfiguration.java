package io.tillid.screening.internal.config;

import io.tillid.screening.internal.lists.ImportList;
import io.tillid.screening.internal.lists.ListParsers;
import io.tillid.screening.internal.lists.WatchlistStore;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java list import to its storage. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListsProperties.class)
class ListsConfiguration {

  @Bean
  ListParsers listParsers() {
    return ListParsers.all();
  }

  @Bean
  ImportList importList(ListParsers parsers, WatchlistStore store, Clock clock) {
    return new ImportList(parsers, store, clock);
  }

}
