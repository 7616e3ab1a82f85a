package io.tillid.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The real PostgreSQL the integration tests run on: a database made afresh once per test JVM on
 * the local server (127.0.0.1:5432, user postgres; TILLID_TEST_PG_HOSTPORT, TILLID_TEST_PG_USER and
 * TILLID_TEST_DB_NAME override). Tests isolate themselves by making a fresh tenant, not by cleaning tables.
 */
public final class TestDatabase {

  /** TILLID_TEST_DB_NAME lets parallel checkouts use databases of their own. */
  public static final String NAME = name();
  private static volatile boolean created;

  private TestDatabase() {}

  private static String name() {
    String value = System.getenv("TILLID_TEST_DB_NAME");
    return value == null || !value.matches("[a-z_][a-z0-9_]{0,62}") ? "tillid_it" : value;
  }

  public static String hostPort() {
    String value = System.getenv("TILLID_TEST_PG_HOSTPORT");
    return value == null || value.isBlank() ? "127.0.0.1:5432" : value;
  }

  public static String user() {
    String value = System.getenv("TILLID_TEST_PG_USER");
    return value == null || value.isBlank() ? "postgres" : value;
  }

  /** Any non-empty value: the local server trusts loopback connections. */
  public static String password() {
    String value = System.getenv("TILLID_TEST_PG_PASSWORD");
    return value == null || value.isBlank() ? "not-used-by-trust-auth" : value;
  }

  public static synchronized String url() {
    if (!created) {
      try (Connection admin = DriverManager.getConnection(
              "jdbc:postgresql://" + hostPort() + "/postgres", user(), password());
          Statement statement = admin.createStatement()) {
        statement.execute("drop database if exists " + NAME + " with (force)");
        statement.execute("create database " + NAME);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL is needed for integration tests at " + hostPort()
            + " (run .ci/run, or pg_ctlcluster 15 main start)", e);
      }
      created = true;
    }
    return "jdbc:postgresql://" + hostPort() + "/" + NAME;
  }

  /** A JdbcClient of the administrator: the login (super)user, without the application's role or scope. */
  public static JdbcClient dba() {
    return JdbcClient.create(new DriverManagerDataSource(url(), user(), password()));
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }
}
