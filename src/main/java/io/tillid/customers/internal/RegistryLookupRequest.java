package io.tillid.customers.internal;

/**
 * A lookup as the API and the form send it: which registry, which number, and optionally the
 * dataset attributes of the customers it creates (as for a company registered by hand: business
 * unit {@code general}, no sensitivity and the company's country unless given).
 */
record RegistryLookupRequest(String registry, String registrationNumber, String businessUnit, String sensitivity,
    String jurisdiction) {

  /** Checks the caller's own fields (the registry's answer is checked when it is used). */
  RegistryLookupRequest validate() {
    Fields.text("registry", registry, 40, true);
    return new RegistryLookupRequest(registry.strip(), Fields.text("registrationNumber", registrationNumber, 50, true),
        Fields.key("businessUnit", businessUnit, false), Fields.key("sensitivity", sensitivity, false),
        Fields.country("jurisdiction", jurisdiction, false));
  }
}
