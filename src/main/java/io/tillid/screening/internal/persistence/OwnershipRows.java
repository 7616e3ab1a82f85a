package io.tillid.screening.internal.persistence;

import io.tillid.screening.internal.lists.Ownership;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current version's {@code watchlist_ownership} rows. */
final class OwnershipRows {

  static final String SELECT = """
      select o.relation_id, o.owner_id, o.asset_id, o.share from watchlist_ownership o
      join watchlist_version v on v.list_name = o.list_name and v.version = o.version and v.state = 'current'""";

  private OwnershipRows() {}

  static Ownership map(ResultSet rs, int row) throws SQLException {
    return new Ownership(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4));
  }
}
