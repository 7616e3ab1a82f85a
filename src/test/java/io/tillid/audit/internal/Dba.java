package io.tillid.audit.internal;

import io.tillid.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** A database administrator who goes around the application and its triggers. */
final class Dba {

  private Dba() {}

  /** Runs one statement with triggers off, as a superuser can; returns the rows changed. */
  static int tamper(String sql, Object... params) throws SQLException {
    try (Connection connection = TestDatabase.connect()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("set session_replication_role = replica");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          statement.setObject(i + 1, params[i]);
        }
        return statement.executeUpdate();
      }
    }
  }
}
