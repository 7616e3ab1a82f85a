package io.tillid.screening.internal.persistence;

import io.tillid.screening.internal.lists.WatchlistEntity;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** How a listed entity is stored: its record as JSON. */
final class EntityJson {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private EntityJson() {}

  static String write(WatchlistEntity entity) {
    return JSON.writeValueAsString(entity);
  }

  static WatchlistEntity read(String json) {
    return JSON.readValue(json, WatchlistEntity.class);
  }
}
