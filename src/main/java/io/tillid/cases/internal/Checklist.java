package io.tillid.cases.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What must be done before a case can be submitted, by CDD level and customer type: simplified
 * due diligence still identifies and screens; standard adds address and source of funds; enhanced
 * adds source of wealth, adverse media and an agreement on enhanced monitoring.
 */
final class Checklist {

  private Checklist() {}

  static List<String> items(CddLevel level, String customerType) {
    List<String> items = new ArrayList<>(List.of("identity_verified", "screening_reviewed", "purpose_recorded"));
    if ("company".equals(customerType)) {
      items.add("beneficial_owners_identified");
      items.add("management_identified");
    }
    if (level != CddLevel.SIMPLIFIED) {
      items.add("address_verified");
      items.add("source_of_funds");
    }
    if (level == CddLevel.ENHANCED) {
      items.add("source_of_wealth");
      items.add("adverse_media_checked");
      items.add("enhanced_monitoring_agreed");
    }
    return List.copyOf(items);
  }
}
