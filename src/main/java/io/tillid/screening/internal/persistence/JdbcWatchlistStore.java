package io.tillid.screening.internal.persistence;

import io.tillid.screening.internal.lists.EntityFingerprint;
import io.tillid.screening.internal.lists.ListChange;
import io.tillid.screening.internal.lists.ListVersion;
import io.tillid.screening.internal.lists.Ownership;
import io.tillid.screening.internal.lists.WatchlistEntity;
import io.tillid.screening.internal.lists.WatchlistStore;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** List versions in the {@code watchlist_*} tables (V13). */
@Repository
class JdbcWatchlistStore implements WatchlistStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  JdbcWatchlistStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  @Override
  public Optional<ListVersion> current(String list) {
    return jdbc.sql(VersionRows.SELECT + " where list_name = ? and state = 'current'").param(list)
        .query(VersionRows::map).optional();
  }

  @Override
  public Map<String, String> currentHashes(String list) {
    Map<String, String> hashes = new HashMap<>();
    jdbc.sql("select entity_id, content_sha256 from watchlist_entity where list_name = ? and valid_to is null")
        .param(list).query(rs -> {
          hashes.put(rs.getString(1), rs.getString(2));
        });
    return hashes;
  }

  @Override
  public List<WatchlistEntity> currentEntities(String list) {
    return jdbc.sql("select content from watchlist_entity where list_name = ? and valid_to is null order by entity_id")
        .param(list).query((rs, row) -> EntityJson.read(rs.getString(1))).list();
  }

  @Override
  public List<Ownership> currentOwnerships(String list) {
    return jdbc.sql(OwnershipRows.SELECT + " where o.list_name = ?").param(list).query(OwnershipRows::map).list();
  }

  @Override
  @Transactional
  public void store(ListVersion version, List<WatchlistEntity> upserts, List<ListChange> changes, List<Ownership> ownerships) {
    String list = version.list();
    jdbc.sql("update watchlist_version set state = 'superseded' where list_name = ? and state = 'current'").param(list)
        .update();
    jdbc.sql("""
        insert into watchlist_version (list_name, version, source_format, imported_at, file_sha256, entity_count,
          added_count, changed_count, removed_count, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'current')""")
        .params(list, version.version(), version.format(), Timestamp.from(version.importedAt()), version.fileSha256(),
            version.entities(), version.added(), version.changed(), version.removed())
        .update();
    batch.batchUpdate("update watchlist_entity set valid_to = ? where list_name = ? and entity_id = ? and valid_to is null",
        changes.stream().filter(c -> c.kind() != ListChange.Kind.ADDED)
            .map(c -> new Object[] {version.version(), list, c.entityId()}).toList());
    batch.batchUpdate("""
        insert into watchlist_entity (list_name, entity_id, valid_from, content_sha256, content) values (?, ?, ?, ?, ?)""",
        upserts.stream().map(e -> new Object[] {list, e.entityId(), version.version(), EntityFingerprint.of(e),
            EntityJson.write(e)}).toList());
    batch.batchUpdate("""
        insert into watchlist_change (list_name, version, entity_id, change_kind, content_sha256) values (?, ?, ?, ?, ?)""",
        changes.stream().map(c -> new Object[] {list, version.version(), c.entityId(),
            c.kind().name().toLowerCase(Locale.ROOT), c.contentHash()}).toList());
    batch.batchUpdate("""
        insert into watchlist_ownership (list_name, version, relation_id, owner_id, asset_id, share, end_date)
        values (?, ?, ?, ?, ?, ?, ?)""",
        ownerships.stream().map(o -> new Object[] {list, version.version(), o.relationId(), o.ownerId(), o.assetId(),
            o.share(), o.endDate() == null ? null : o.endDate().toString()}).toList());
  }
}
