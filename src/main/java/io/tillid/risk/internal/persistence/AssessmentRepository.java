package io.tillid.risk.internal.persistence;

import io.tillid.platform.TenantId;
import io.tillid.risk.CddLevel;
import io.tillid.risk.RiskAssessment;
import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskLevel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored assessments ({@code risk_assessment}) with their factors; every re-assessment is a new row. */
@Repository
class AssessmentRepository {

  private static final String SELECT = """
      select id, customer_id, seq, score, level, cdd_level, next_review_due, model_version, reference_date,
             inputs_fingerprint, assessed_at
      from risk_assessment""";

  private final JdbcClient jdbc;

  AssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored assessment with what it was made from. */
  record Row(RiskAssessment assessment, int seq, String fingerprint) {}

  void insert(TenantId tenant, RiskAssessment a, int seq, String fingerprint) {
    jdbc.sql("""
        insert into risk_assessment (tenant_id, id, customer_id, seq, score, level, cdd_level, next_review_due,
            model_version, reference_date, inputs_fingerprint, assessed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tenant.value(), a.id(), a.customerId(), seq, a.score(), a.level().value(), a.cddLevel().value(),
            Date.valueOf(a.nextReviewDue()), a.modelVersion(), Date.valueOf(a.referenceDate()), fingerprint,
            Timestamp.from(a.assessedAt()))
        .update();
    int ordinal = 0;
    for (Factor f : a.factors()) {
      jdbc.sql("""
          insert into risk_assessment_factor (tenant_id, assessment_id, ordinal, factor, input, points, reason,
              minimum_level) values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(tenant.value(), a.id(), ordinal++, f.factor(), f.input(), f.points(), f.reason(),
              f.minimumLevel() == null ? null : f.minimumLevel().value())
          .update();
    }
  }

  Optional<Row> latest(TenantId tenant, UUID customerId) {
    return jdbc.sql(SELECT + " where tenant_id = ? and customer_id = ? order by seq desc limit 1")
        .params(tenant.value(), customerId).query(AssessmentRepository::row).optional()
        .map(r -> withFactors(tenant, r));
  }

  List<Row> history(TenantId tenant, UUID customerId) {
    return jdbc.sql(SELECT + " where tenant_id = ? and customer_id = ? order by seq desc")
        .params(tenant.value(), customerId).query(AssessmentRepository::row).list()
        .stream().map(r -> withFactors(tenant, r)).toList();
  }

  private Row withFactors(TenantId tenant, Row row) {
    RiskAssessment a = row.assessment();
    List<Factor> factors = jdbc.sql("""
            select factor, input, points, reason, minimum_level from risk_assessment_factor
            where tenant_id = ? and assessment_id = ? order by ordinal""")
        .params(tenant.value(), a.id())
        .query((rs, n) -> new Factor(rs.getString("factor"), rs.getString("input"), rs.getInt("points"),
            rs.getString("reason"), rs.getString("minimum_level") == null ? null : RiskLevel.parse(rs.getString("minimum_level"))))
        .list();
    return new Row(new RiskAssessment(a.id(), a.customerId(), a.score(), a.level(), a.cddLevel(), factors,
        a.nextReviewDue(), a.modelVersion(), a.referenceDate(), a.assessedAt()), row.seq(), row.fingerprint());
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    RiskAssessment a = new RiskAssessment(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
        rs.getInt("score"), RiskLevel.parse(rs.getString("level")), CddLevel.parse(rs.getString("cdd_level")),
        List.of(), rs.getDate("next_review_due").toLocalDate(), rs.getInt("model_version"),
        rs.getDate("reference_date").toLocalDate(), rs.getTimestamp("assessed_at").toInstant());
    return new Row(a, rs.getInt("seq"), rs.getString("inputs_fingerprint"));
  }
}
