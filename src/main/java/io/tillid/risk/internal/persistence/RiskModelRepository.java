package io.tillid.risk.internal.persistence;

import io.tillid.platform.TenantId;
import io.tillid.risk.internal.model.Parameter;
import io.tillid.risk.internal.model.RiskModel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's stored model versions ({@code risk_model_version} and its parameters). */
@Repository
class RiskModelRepository {

  private final JdbcClient jdbc;

  RiskModelRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The tenant's newest stored version, if it ever changed the default. */
  Optional<RiskModel> newest(TenantId tenant) {
    return jdbc.sql("select max(version) from risk_model_version where tenant_id = ?").param(tenant.value())
        .query(Integer.class).optional().flatMap(version -> version(tenant, version));
  }

  Optional<RiskModel> version(TenantId tenant, int version) {
    Optional<String> industries = jdbc.sql(
            "select high_risk_industries from risk_model_version where tenant_id = ? and version = ?")
        .params(tenant.value(), version).query(String.class).optional();
    if (industries.isEmpty()) {
      return Optional.empty();
    }
    Map<Parameter, Integer> values = new EnumMap<>(Parameter.class);
    jdbc.sql("select name, param_value from risk_model_parameter where tenant_id = ? and version = ?")
        .params(tenant.value(), version)
        .query((rs, n) -> Map.entry(rs.getString("name"), rs.getInt("param_value"))).list()
        .forEach(e -> Parameter.byKey(e.getKey()).ifPresent(p -> values.put(p, e.getValue())));
    List<String> codes = industries.get().isEmpty() ? List.of() : List.of(industries.get().split(","));
    return Optional.of(new RiskModel(version, values, Set.copyOf(codes)));
  }

  void insert(TenantId tenant, RiskModel model, String createdBy, Instant at) {
    jdbc.sql("""
        insert into risk_model_version (tenant_id, version, high_risk_industries, created_by, created_at)
        values (?, ?, ?, ?, ?)""")
        .params(tenant.value(), model.version(), String.join(",", model.highRiskIndustries().stream().sorted().toList()),
            createdBy, Timestamp.from(at))
        .update();
    for (Parameter p : Parameter.values()) {
      jdbc.sql("insert into risk_model_parameter (tenant_id, version, name, param_value) values (?, ?, ?, ?)")
          .params(tenant.value(), model.version(), p.key(), model.value(p)).update();
    }
  }
}
