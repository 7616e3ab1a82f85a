package io.tillid.risk.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tillid.identity.internal.WebClient;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.risk.CddLevel;
import io.tillid.risk.RiskAssessment;
import io.tillid.risk.RiskAssessments;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.model.ModelChange;
import io.tillid.risk.internal.model.Parameter;
import io.tillid.risk.internal.model.RiskModel;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The risk module on PostgreSQL: model versions per tenant under row-level security, assessments
 * stored with model version and reference date (history kept, unchanged inputs not stored twice),
 * and the settings page.
 */
class RiskIT extends IntegrationTest {

  static final LocalDate TABLE_DATE = LocalDate.of(2025, 8, 19);

  @Autowired
  ApplicationContext context;
  @Autowired
  TenantDirectory tenants;
  @Autowired
  RiskModels models;
  @Autowired
  RiskAssessments risk;
  @Autowired
  JdbcClient app;

  TestUsers.Created adminOfA;
  TenantId a;
  TenantId b;

  @BeforeEach
  void twoTenants() {
    adminOfA = TestUsers.create(context, "administrator");
    a = tenants.findBySlug(adminOfA.tenantSlug()).orElseThrow().id();
    b = tenants.findBySlug(TestUsers.create(context).tenantSlug()).orElseThrow().id();
  }

  static Map<String, String> typed(RiskModel model) {
    Map<String, String> typed = new HashMap<>();
    for (Parameter p : Parameter.values()) {
      typed.put(p.key(), p.format(model.value(p)));
    }
    typed.put(ModelChange.INDUSTRIES, String.join(",", model.highRiskIndustries()));
    return typed;
  }

  private RiskModel change(TenantId tenant, int base, String key, String value) {
    Map<String, String> typed = typed(RiskModel.DEFAULT);
    typed.put(key, value);
    return TenantScope.call(tenant, () -> models.change(tenant, "user:test", base, typed));
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }

  @Test
  void aTenantsModelChangeIsANewVersionOfItsOwnAuditedAndInvisibleToOthers() {
    RiskModel changed = change(a, 1, "pepPoints", "40");

    assertThat(changed.version()).isEqualTo(2);
    assertThat(TenantScope.call(a, () -> models.current(a)).value(Parameter.PEP_POINTS)).isEqualTo(40);
    assertThat(TenantScope.call(b, () -> models.current(b))).isEqualTo(RiskModel.DEFAULT);
    assertThat(count("select count(*) from audit_entry where tenant_id = ? and action = 'risk.model.changed'", a.value()))
        .isOne();
    // row-level security: tenant B's scope sees none of A's rows even without a tenant filter
    assertThat(TenantScope.call(b, () -> app.sql("select count(*) from risk_model_version").query(Integer.class).single()))
        .isZero();
    assertThat(TenantScope.call(b, () -> app.sql("select count(*) from risk_model_parameter").query(Integer.class).single()))
        .isZero();
    assertThat(count("select count(*) from risk_model_parameter where tenant_id = ?", a.value()))
        .isEqualTo(Parameter.values().length);

    InvalidFieldException stale = catchThrowableOfType(InvalidFieldException.class, () -> change(a, 1, "pepPoints", "50"));
    assertThat(stale.field()).isEqualTo("version");
    InvalidFieldException bad = catchThrowableOfType(InvalidFieldException.class, () -> change(a, 2, "highFrom", "500000"));
    assertThat(bad.field()).isEqualTo("highFrom");
    assertThat(count("select count(*) from risk_model_version where tenant_id = ?", a.value())).isOne();
    // typing the current values again makes no new version
    Map<String, String> same = typed(TenantScope.call(a, () -> models.current(a)));
    assertThat(TenantScope.call(a, () -> models.change(a, "user:test", 2, same)).version()).isEqualTo(2);
  }

  @Test
  void assessmentsAreStoredWithModelVersionAndReferenceDateAndEveryChangeIsANewRow() {
    UUID customer = UUID.randomUUID();
    RiskInputs danish = RiskInputs.person(customer, "DK", "DK", false);

    RiskAssessment first = risk.assessAndStore(a, danish);
    assertThat(first.id()).isNotNull();
    assertThat(first.level()).isEqualTo(RiskLevel.LOW);
    assertThat(first.modelVersion()).isEqualTo(1);
    assertThat(first.referenceDate()).isEqualTo(TABLE_DATE);
    Map<String, Object> row = jdbc.sql("select * from risk_assessment where tenant_id = ? and id = ?")
        .params(a.value(), first.id()).query().singleRow();
    assertThat(row.get("model_version")).isEqualTo(1);
    assertThat(row.get("reference_date").toString()).isEqualTo("2025-08-19");
    assertThat(risk.latest(a, customer)).contains(first);

    RiskAssessment again = risk.assessAndStore(a, RiskInputs.person(customer, "dk", "DK", false));
    assertThat(again).isEqualTo(first);
    assertThat(count("select count(*) from risk_assessment where tenant_id = ? and customer_id = ?", a.value(), customer))
        .isOne();

    RiskAssessment pep = risk.assessAndStore(a, RiskInputs.person(customer, "DK", "DK", true));
    assertThat(pep.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(pep.cddLevel()).isEqualTo(CddLevel.ENHANCED);
    assertThat(risk.latest(a, customer)).contains(pep);

    change(a, 1, "pepPoints", "45");
    RiskAssessment underVersion2 = risk.assessAndStore(a, RiskInputs.person(customer, "DK", "DK", true));
    assertThat(underVersion2.modelVersion()).isEqualTo(2);
    assertThat(underVersion2.score()).isEqualTo(pep.score() + 15);
    assertThat(risk.history(a, customer)).containsExactly(underVersion2, pep, first);
    assertThat(count("select count(*) from audit_entry where tenant_id = ? and action = 'risk.assessed' and target_id = ?",
        a.value(), customer.toString())).isEqualTo(3);
    assertThat(count("select sum(points) from risk_assessment_factor where tenant_id = ? and assessment_id = ?",
        a.value(), underVersion2.id())).isEqualTo(underVersion2.score());

    assertThat(risk.latest(b, customer)).isEmpty();
    assertThat(TenantScope.call(b, () -> app.sql("select count(*) from risk_assessment").query(Integer.class).single()))
        .isZero();
  }

  @Test
  void aBlackListResidentIsStoredHighWithEnhancedDueDiligenceAndBadInputStoresNothing() {
    UUID customer = UUID.randomUUID();
    RiskAssessment iran = risk.assessAndStore(a, RiskInputs.person(customer, "IR", "DK", false));
    assertThat(iran.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(iran.cddLevel()).isEqualTo(CddLevel.ENHANCED);

    UUID other = UUID.randomUUID();
    InvalidFieldException refused = catchThrowableOfType(InvalidFieldException.class,
        () -> risk.assessAndStore(a, RiskInputs.company(other, "DK", "04.1")));
    assertThat(refused.field()).isEqualTo("industryCode");
    assertThat(count("select count(*) from risk_assessment where tenant_id = ? and customer_id = ?", a.value(), other))
        .isZero();
  }

  @Test
  void theSettingsPageShowsTheModelSavesANewVersionAndNamesARefusedField() throws Exception {
    WebClient web = new WebClient(httpsPort);
    assertThat(web.signIn(adminOfA.tenantSlug(), adminOfA.email(), adminOfA.password())).isEqualTo("/");

    HttpResponse<String> page = web.get("/settings/risk-model");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"risk-version\">1<", "name=\"baselHighFrom\"", "value=\"6.5\"", "IR, KP, MM",
        "2025-08-19", "non-commercial").doesNotContain("<script", "style=");
    assertThat(web.get("/settings/risk-model?lang=da").body()).contains("Risikomodel", "Gem som ny version");

    Map<String, String> form = typed(RiskModel.DEFAULT);
    form.put("version", "1");
    form.put("highReviewMonths", "6");
    HttpResponse<String> saved = web.submit("/settings/risk-model?lang=en", "/settings/risk-model", form);
    assertThat(web.location(saved)).isEqualTo("/settings/risk-model");
    assertThat(web.get("/settings/risk-model").body()).contains("id=\"risk-version\">2<", "saved as a new version");
    assertThat(TenantScope.call(a, () -> models.current(a)).value(Parameter.HIGH_REVIEW_MONTHS)).isEqualTo(6);

    form.put("version", "2");
    form.put("mediumFrom", "50");
    HttpResponse<String> refused = web.submit("/settings/risk-model", "/settings/risk-model", form);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"form-problem\"", "High risk from score", "greater than the threshold",
        "value=\"50\"");
    assertThat(count("select count(*) from risk_model_version where tenant_id = ?", a.value())).isOne();

    TestUsers.Created analyst = TestUsers.addUser(context, adminOfA.tenantSlug(), adminOfA.tenantName(), "analyst");
    WebClient analystWeb = new WebClient(httpsPort);
    analystWeb.signIn(analyst.tenantSlug(), analyst.email(), analyst.password());
    assertThat(analystWeb.get("/settings/risk-model").statusCode()).isEqualTo(403);
  }
}
