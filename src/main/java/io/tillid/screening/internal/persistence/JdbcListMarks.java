package io.tillid.screening.internal.persistence;

import io.tillid.screening.internal.lists.ListChange;
import io.tillid.screening.internal.monitoring.ListMarks;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code screening_list_mark} table and the changes recorded in {@code watchlist_change}. A claim
 * is one conditional update, so of two nodes only one wins it.
 */
@Repository
class JdbcListMarks implements ListMarks {

  private final JdbcClient jdbc;

  JdbcListMarks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public OptionalInt claim(String list, int current, Instant now, Instant until) {
    if (jdbc.sql("select count(*) from screening_list_mark where list_name = ?").param(list).query(Integer.class)
        .single() == 0) {
      try {
        jdbc.sql("insert into screening_list_mark (list_name, version) values (?, 0)").param(list).update();
      } catch (DuplicateKeyException raced) {
        // another node inserted it first: fine
      }
    }
    int claimed = jdbc.sql("""
        update screening_list_mark set claimed_until = ?
        where list_name = ? and version < ? and (claimed_until is null or claimed_until < ?)""")
        .params(Timestamp.from(until), list, current, Timestamp.from(now)).update();
    if (claimed == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(jdbc.sql("select version from screening_list_mark where list_name = ?").param(list)
        .query(Integer.class).single());
  }

  @Override
  public List<ListChange> changes(String list, int after, int upTo) {
    Map<String, ListChange> latest = new LinkedHashMap<>();
    jdbc.sql("""
        select entity_id, change_kind, content_sha256 from watchlist_change
        where list_name = ? and version > ? and version <= ? order by version, entity_id""")
        .params(list, after, upTo)
        .query(rs -> {
          latest.put(rs.getString(1), new ListChange(rs.getString(1),
              ListChange.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3)));
        });
    return List.copyOf(latest.values());
  }

  @Override
  public void done(String list, int version) {
    jdbc.sql("update screening_list_mark set version = ?, claimed_until = null where list_name = ?")
        .params(version, list).update();
  }

  @Override
  public void release(String list) {
    jdbc.sql("update screening_list_mark set claimed_until = null where list_name = ?").param(list).update();
  }
}
