package io.tillid.risk.internal.persistence;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.risk.RiskAssessed;
import io.tillid.risk.RiskAssessment;
import io.tillid.risk.RiskAssessments;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.internal.model.InputCheck;
import io.tillid.risk.internal.model.InputFingerprint;
import io.tillid.risk.internal.model.RiskModel;
import io.tillid.risk.internal.model.RiskScorer;
import io.tillid.risk.internal.reference.CountryRiskTable;
import io.tillid.risk.internal.reference.CountryRiskTables;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/** {@link RiskAssessments} on the tenant's current model, the reference table in force today, and PostgreSQL. */
@Component
class JdbcRiskAssessments implements RiskAssessments {

  static final String ACTOR = "system:risk";

  private final RiskModels models;
  private final AssessmentRepository assessments;
  private final CountryRiskTables tables;
  private final AuditTrail audit;
  private final TransactionOperations transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JdbcRiskAssessments(RiskModels models, AssessmentRepository assessments, CountryRiskTables tables, AuditTrail audit,
      TransactionOperations transactions, ApplicationEventPublisher events, Clock clock) {
    this.models = models;
    this.assessments = assessments;
    this.tables = tables;
    this.audit = audit;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public RiskAssessment assess(TenantId tenant, RiskInputs inputs) {
    return TenantScope.call(tenant, () -> evaluate(models.current(tenant), inputs, clock.instant()));
  }

  @Override
  public RiskAssessment assessAndStore(TenantId tenant, RiskInputs inputs) {
    return TenantScope.call(tenant, () -> transactions.execute(status -> store(tenant, inputs)));
  }

  private RiskAssessment store(TenantId tenant, RiskInputs inputs) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    RiskAssessment fresh = evaluate(models.current(tenant), inputs, now);
    String fingerprint = InputFingerprint.of(inputs);
    Optional<AssessmentRepository.Row> latest = assessments.latest(tenant, inputs.customerId());
    if (latest.isPresent() && unchanged(latest.get(), fresh, fingerprint)) {
      return latest.get().assessment();
    }
    RiskAssessment stored = fresh.stored(UUID.randomUUID(), now);
    assessments.insert(tenant, stored, latest.map(r -> r.seq() + 1).orElse(1), fingerprint);
    audit.record(new AuditEvent(tenant, ACTOR, "risk.assessed", "customer", inputs.customerId().toString(),
        Map.of("assessment", stored.id().toString(), "score", Integer.toString(stored.score()),
            "level", stored.level().value(), "cddLevel", stored.cddLevel().value(),
            "modelVersion", Integer.toString(stored.modelVersion()), "referenceDate", stored.referenceDate().toString())));
    events.publishEvent(new RiskAssessed(tenant, stored.customerId(), stored.id(), stored.level(), stored.cddLevel(),
        stored.nextReviewDue(), latest.map(r -> r.assessment().level()).orElse(null)));
    return stored;
  }

  private static boolean unchanged(AssessmentRepository.Row latest, RiskAssessment fresh, String fingerprint) {
    return latest.fingerprint().equals(fingerprint) && latest.assessment().modelVersion() == fresh.modelVersion()
        && latest.assessment().referenceDate().equals(fresh.referenceDate());
  }

  private RiskAssessment evaluate(RiskModel model, RiskInputs inputs, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    CountryRiskTable table = tables.effectiveOn(today).orElseGet(tables::latest);
    InputCheck.check(inputs, table);
    return RiskScorer.assess(inputs, model, table, today, now);
  }

  @Override
  public Optional<RiskAssessment> latest(TenantId tenant, UUID customerId) {
    return TenantScope.call(tenant, () -> assessments.latest(tenant, customerId).map(AssessmentRepository.Row::assessment));
  }

  @Override
  public List<RiskAssessment> history(TenantId tenant, UUID customerId) {
    return TenantScope.call(tenant,
        () -> assessments.history(tenant, customerId).stream().map(AssessmentRepository.Row::assessment).toList());
  }
}
