package io.tillid.access;

import java.util.Map;

/**
 * A SQL condition and the named parameters it uses, for a {@code JdbcClient}:
 * {@code jdbc.sql("select ... where tenant_id = :tenant and " + predicate.sql()).params(predicate.parameters())}.
 * The condition holds column names and parameter placeholders only, never values.
 *
 * @param sql a parenthesised boolean expression
 * @param parameters the values of its named parameters (all prefixed {@code grants_})
 */
public record SqlPredicate(String sql, Map<String, Object> parameters) {

  public SqlPredicate {
    parameters = Map.copyOf(parameters);
  }
}
