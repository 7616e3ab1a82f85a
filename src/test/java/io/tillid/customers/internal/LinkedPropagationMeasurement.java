package io.tillid.customers.internal;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestPrincipal;
import io.tillid.support.TestUsers;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Not a test (no *IT or *Test name: never part of a build), a measurement for docs/benchmarks.md:
 * a chain of {@link #CHAIN} companies with a person on top and {@link #MANAGERS} small owners
 * of the bottom company; logs what one edit of the top person costs (it re-assesses every company
 * down the chain) and what re-assessing the bottom company with all its linked persons costs, on
 * PostgreSQL. Run it explicitly:
 * {@code ./mvnw -B -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LinkedPropagationMeasurement -Dspotbugs.skip=true}
 */
class LinkedPropagationMeasurement extends IntegrationTest {

  private static final Logger LOG = LoggerFactory.getLogger(LinkedPropagationMeasurement.class);
  private static final int CHAIN = 50;
  private static final int MANAGERS = 100;
  private static final int ROUNDS = 10;

  @Autowired
  ApplicationContext context;

  @Test
  void measure() {
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    UUID user = userIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, user);
    TenantId id = new TenantId(tenant);
    TestPrincipal principal = new TestPrincipal(id, "user:" + user);
    UUID top = CustomerTestSupport.registerPerson(context, tenant, user, "Top Person", null);
    UUID owner = top;
    for (int i = 0; i < CHAIN; i++) {
      UUID company = CustomerTestSupport.registerCompany(context, tenant, user, "Chain " + i + " ApS",
          Integer.toString(50_000_000 + i));
      CustomerTestSupport.holds(context, tenant, user, owner, company, "0.5");
      owner = company;
    }
    UUID bottom = owner;
    for (int i = 0; i < MANAGERS; i++) {
      UUID person = CustomerTestSupport.registerPerson(context, tenant, user, "Minor Owner " + i, null);
      CustomerTestSupport.holds(context, tenant, user, person, bottom, "0.001");
    }
    CustomerEdit edit = context.getBean(CustomerEdit.class);
    CustomerRiskAssessment risk = context.getBean(CustomerRiskAssessment.class);
    long propagation = 0;
    long single = 0;
    for (int round = 0; round < ROUNDS; round++) {
      boolean pep = round % 2 == 0;
      long start = System.nanoTime();
      TenantScope.run(id, () -> {
        long version = edit.editable(principal, top).version();
        edit.edit(principal, top, version, in -> in.with(Map.of("pepSelfDeclared", pep)));
      });
      propagation += System.nanoTime() - start;
      start = System.nanoTime();
      TenantScope.run(id, () -> risk.reassess(id, bottom));
      single += System.nanoTime() - start;
    }
    LOG.info(String.format(Locale.ROOT, "linked propagation: one person edit re-assessing %d companies down a chain "
        + "(bottom with %d linked persons): %.1f ms on average over %d edits; re-assessing the bottom company alone: "
        + "%.1f ms (unchanged inputs: nothing stored); MAX_LINKED=%d", CHAIN, MANAGERS + 1,
        propagation / 1e6 / ROUNDS, ROUNDS, single / 1e6 / ROUNDS, CustomerChecks.MAX_LINKED));
  }
}
