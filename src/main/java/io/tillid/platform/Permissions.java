package io.tillid.platform;

import java.util.Set;

/**
 * The permission catalogue. Permissions share their names with OAuth scopes (DESIGN.md); roles
 * are sets of them, and every route declares the one it needs ({@link RequiresPermission}).
 */
public final class Permissions {

  public static final String CUSTOMERS_READ = "customers.read";
  public static final String CUSTOMERS_WRITE = "customers.write";
  /** See national identifiers unmasked; every reveal is audited. */
  public static final String CUSTOMERS_REVEAL = "customers.reveal";
  public static final String SCREENINGS_RUN = "screenings.run";
  /** Review screening hits: record true match, false positive or escalate. */
  public static final String SCREENING_REVIEW = "screening.review";
  public static final String CASES_WRITE = "cases.write";
  public static final String CASES_APPROVE = "cases.approve";
  public static final String REPORTS_READ = "reports.read";
  public static final String USERS_MANAGE = "users.manage";
  public static final String SETTINGS_MANAGE = "settings.manage";
  public static final String AUDIT_READ = "audit.read";
  /** Subscribe endpoints to webhooks, rotate their secrets, read their delivery log, send again. */
  public static final String WEBHOOKS_MANAGE = "webhooks.manage";

  public static final Set<String> ALL = Set.of(CUSTOMERS_READ, CUSTOMERS_WRITE, CUSTOMERS_REVEAL, SCREENINGS_RUN,
      SCREENING_REVIEW, CASES_WRITE, CASES_APPROVE, REPORTS_READ, USERS_MANAGE, SETTINGS_MANAGE, AUDIT_READ,
      WEBHOOKS_MANAGE);

  private Permissions() {}
}
