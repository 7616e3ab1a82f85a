package io.tillid.cases.internal;

import java.util.Locale;

/** Where a KYC case is: draft → awaiting customer → in review → approved / rejected. */
enum CaseState {
  DRAFT,
  AWAITING_CUSTOMER,
  IN_REVIEW,
  APPROVED,
  REJECTED;

  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CaseState of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  boolean open() {
    return this == DRAFT || this == AWAITING_CUSTOMER;
  }
}
