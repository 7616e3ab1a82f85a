package io.tillid.identity.internal;

import java.util.Set;

/** The roles and scopes an import file may name. Scopes share their names with permissions. */
final class Vocabulary {

  static final Set<String> ROLES = Set.of("administrator", "compliance_officer", "analyst", "auditor");

  static final Set<String> SCOPES = Set.of("customers.read", "customers.write", "customers.reveal", "screenings.run",
      "screening.review", "cases.write", "cases.approve", "reports.read", "users.manage", "settings.manage",
      "audit.read", "webhooks.manage");

  private Vocabulary() {}
}
