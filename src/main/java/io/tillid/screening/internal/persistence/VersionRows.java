package io.tillid.screening.internal.persistence;

import io.tillid.screening.internal.lists.ListVersion;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads {@code watchlist_version} rows. */
final class VersionRows {

  static final String SELECT = """
      select list_name, version, source_format, imported_at, file_sha256, entity_count, added_count, changed_count,
        removed_count from watchlist_version""";

  private VersionRows() {}

  static ListVersion map(ResultSet rs, int row) throws SQLException {
    return new ListVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9));
  }
}
