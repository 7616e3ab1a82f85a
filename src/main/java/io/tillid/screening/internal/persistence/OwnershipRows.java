package io.tillid.screening.internal.persistence;

import io.tillid.screening.internal.lists.Ownership;
import io.tillid.screening.internal.lists.PartialDate;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current version's {@code watchlist_ownership} rows. */
final class OwnershipRows {

  static final String SELECT = """
      select o.relation_id, o.owner_id, o.asset_id, o.share, o.end_date from watchlist_ownership o
      join watchlist_version v on v.list_name = o.list_name and v.version = o.version and v.state = 'current'""";

  private OwnershipRows() {}

  static Ownership map(ResultSet rs, int row) throws SQLException {
    String end = rs.getString(5);
    return new Ownership(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
        end == null ? null : PartialDate.parse(end));
  }
}
