package io.tillid.customers.internal;

import io.tillid.access.internal.GrantTestSupport;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.screening.internal.lists.ImportList;
import io.tillid.screening.internal.lists.ParseProgress;
import io.tillid.screening.internal.monitoring.ListMonitoring;
import io.tillid.screening.internal.monitoring.Run;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestPrincipal;
import io.tillid.support.TestUsers;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Not a test (no *IT or *Test name: never part of a build), a measurement for docs/benchmarks.md:
 * registers customers (each screened and assessed in its transaction), then rescreens them all in
 * full and after a list import, on PostgreSQL, and logs the rates. Run it explicitly:
 * {@code ./mvnw -B -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RescreenMeasurement -Dspotbugs.skip=true}
 */
class RescreenMeasurement extends IntegrationTest {

  private static final Logger LOG = LoggerFactory.getLogger(RescreenMeasurement.class);
  private static final int CUSTOMERS = 2000;
  private static final String[] GIVEN = {"Anna", "Mohammed", "Lars", "Olga", "Juan", "Mette", "Ivan", "Aisha", "Peter",
      "Sofia", "Ali", "Karin", "Dmitri", "Fatima", "Jens", "Elena"};
  private static final String[] FAMILY = {"Jensen", "Hansen", "Petrov", "Ahmed", "Garcia", "Nielsen", "Ivanova",
      "Khan", "Larsen", "Rossi", "Smirnov", "Hussein", "Andersen", "Kowalski", "Sato", "Okafor", "Nguyen", "Berg"};

  @Autowired
  ApplicationContext context;

  @Autowired
  ImportList importList;

  @Autowired
  ListMonitoring monitoring;

  @Test
  void measure() throws Exception {
    importList.run("ofac-csv", list("ofac_sdn_2019-01"), ParseProgress.NONE);
    importList.run("un-xml", list("un_consolidated/UN_consolidated.xml"), ParseProgress.NONE);
    importList.run("senzing", list("pep/opensanctions_us_congress_senzing.jsonl"), ParseProgress.NONE);
    monitoring.catchUp();
    TestUsers.Created officer = TestUsers.create(context, "compliance_officer");
    UUID tenant = tenantIdOf(officer);
    UUID user = userIdOf(officer);
    GrantTestSupport.giveAll(context, tenant, user);
    CustomerRegistration registration = context.getBean(CustomerRegistration.class);
    TenantId id = new TenantId(tenant);
    TestPrincipal principal = new TestPrincipal(id, "user:" + user);
    TenantScope.call(id, () -> registration.register(principal, input("Warm Up", 0).validate(LocalDate.now())));

    long started = System.nanoTime();
    for (int i = 0; i < CUSTOMERS; i++) {
      String name = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length]
          + (i % 7 == 0 ? " " + FAMILY[(i * 5) % FAMILY.length] : "");
      CustomerInput input = input(name, i);
      TenantScope.call(id, () -> registration.register(principal, input.validate(LocalDate.now())));
    }
    double registering = (System.nanoTime() - started) / 1e9;

    started = System.nanoTime();
    Run full = monitoring.fullRescreen(id);
    double fullSeconds = (System.nanoTime() - started) / 1e9;

    importList.run("ofac-csv", list("ofac_sdn_2021-07"), ParseProgress.NONE);
    started = System.nanoTime();
    java.util.List<Run> changed = monitoring.catchUp();
    double changeSeconds = (System.nanoTime() - started) / 1e9;
    int changedTenants = changed.size();
    int changedCustomers = changed.stream().mapToInt(Run::done).sum();

    int withHits = jdbc.sql("select count(distinct customer_id) from screening_hit where tenant_id = ?").param(tenant)
        .query(Integer.class).single();
    LOG.atInfo().setMessage(String.format(Locale.ROOT, "MEASURED registration (screened and assessed): %d customers in"
        + " %.1f s, %.1f ms each, %d of them with hits; full rescreen: %d customers in %.1f s, %.0f customers/s, %d hits raised;"
        + " rescreen after the OFAC 2019-01 -> 2021-07 import: %d customers of %d tenants in %.1f s, %.0f customers/s",
        CUSTOMERS, registering, registering * 1000 / CUSTOMERS, withHits, full.done(), fullSeconds, full.done() / fullSeconds,
        full.hitsRaised(), changedCustomers, changedTenants, changeSeconds, changedCustomers / changeSeconds)).log();
  }

  private static java.nio.file.Path list(String relative) {
    return java.nio.file.Path.of("src", "test", "resources", "lists").resolve(relative);
  }

  private static CustomerInput input(String name, int i) {
    return new CustomerInput("person", name, String.format(Locale.ROOT, "19%02d-%02d-%02d", 40 + i % 60, 1 + i % 12,
        1 + i % 28), "DK", "DK", null, "Vestergade 2, 8000 Aarhus", null, null, null, null, null, null, null, null, null,
        null, null, null);
  }
}
