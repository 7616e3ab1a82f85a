package io.tillid.screening.internal.persistence;

import io.tillid.screening.internal.lists.ActiveWatchlists;
import io.tillid.screening.internal.lists.ListChange;
import io.tillid.screening.internal.lists.ListVersion;
import io.tillid.screening.internal.lists.Ownership;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current list versions as committed in the {@code watchlist_*} tables. */
@Repository
class JdbcActiveWatchlists implements ActiveWatchlists {

  private static final String CURRENT_CHANGES = """
      from watchlist_change c join watchlist_version v
        on v.list_name = c.list_name and v.version = c.version and v.state = 'current'
      where c.list_name = ?""";

  private final JdbcClient jdbc;

  JdbcActiveWatchlists(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ListVersion> versions() {
    return jdbc.sql(VersionRows.SELECT + " where state = 'current' order by list_name").query(VersionRows::map).list();
  }

  @Override
  public void forEachEntity(Consumer<WatchlistEntity> action) {
    jdbc.sql("select content from watchlist_entity where valid_to is null order by list_name, entity_id")
        .query(rs -> {
          action.accept(EntityJson.read(rs.getString(1)));
        });
  }

  @Override
  public List<WatchlistEntity> entities(String list) {
    return jdbc.sql("select content from watchlist_entity where list_name = ? and valid_to is null order by entity_id")
        .param(list).query((rs, row) -> EntityJson.read(rs.getString(1))).list();
  }

  @Override
  public List<Ownership> ownerships() {
    return jdbc.sql(OwnershipRows.SELECT + " order by o.list_name, o.relation_id").query(OwnershipRows::map).list();
  }

  @Override
  public List<ListChange> lastChanges(String list) {
    return jdbc.sql("select c.entity_id, c.change_kind, c.content_sha256 " + CURRENT_CHANGES + " order by c.entity_id")
        .param(list).query((rs, row) -> new ListChange(rs.getString(1),
            ListChange.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3))).list();
  }

  @Override
  public List<WatchlistEntity> lastChangedEntities(String list) {
    return jdbc.sql("select e.content " + CURRENT_CHANGES.replace("where", """
        join watchlist_entity e on e.list_name = c.list_name and e.entity_id = c.entity_id and e.valid_from = c.version
        where c.change_kind in ('added', 'changed') and""") + " order by c.entity_id")
        .param(list).query((rs, row) -> EntityJson.read(rs.getString(1))).list();
  }
}
