package io.tillid.access.internal;

import static io.tillid.platform.Permissions.AUDIT_READ;
import static io.tillid.platform.Permissions.CASES_APPROVE;
import static io.tillid.platform.Permissions.CASES_WRITE;
import static io.tillid.platform.Permissions.CUSTOMERS_READ;
import static io.tillid.platform.Permissions.CUSTOMERS_REVEAL;
import static io.tillid.platform.Permissions.CUSTOMERS_WRITE;
import static io.tillid.platform.Permissions.REPORTS_READ;
import static io.tillid.platform.Permissions.SCREENINGS_RUN;
import static io.tillid.platform.Permissions.SCREENING_REVIEW;

import io.tillid.platform.Permissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The roles every tenant has, and what each may do. The README lists the same table. */
final class BuiltInRoles {

  static final String ADMINISTRATOR = "administrator";

  /** In the order a chooser shows them. */
  static final Map<String, Set<String>> PERMISSIONS = permissions();

  private BuiltInRoles() {}

  private static Map<String, Set<String>> permissions() {
    Map<String, Set<String>> roles = new LinkedHashMap<>();
    roles.put(ADMINISTRATOR, Permissions.ALL);
    roles.put("compliance_officer", Set.of(CUSTOMERS_READ, CUSTOMERS_WRITE, CUSTOMERS_REVEAL, SCREENINGS_RUN,
        SCREENING_REVIEW, CASES_WRITE, CASES_APPROVE, REPORTS_READ, AUDIT_READ));
    roles.put("analyst", Set.of(CUSTOMERS_READ, CUSTOMERS_WRITE, SCREENINGS_RUN, SCREENING_REVIEW, CASES_WRITE,
        REPORTS_READ));
    roles.put("auditor", Set.of(CUSTOMERS_READ, REPORTS_READ, AUDIT_READ));
    return java.util.Collections.unmodifiableMap(roles);
  }
}
