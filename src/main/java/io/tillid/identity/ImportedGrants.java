package io.tillid.identity;

import io.tillid.platform.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * The attribute grants an import file gives an API client ({@code "grants"} on a client). The
 * identity module reads the file; the access module, which owns grants, implements this to check
 * and store them, so neither reaches into the other's tables.
 */
public interface ImportedGrants {

  /** Values per dimension as the file has them; a missing list grants nothing in its dimension. */
  record Values(List<String> businessUnits, List<String> sensitivities, List<String> jurisdictions) {

    public Values {
      businessUnits = businessUnits == null ? List.of() : businessUnits;
      sensitivities = sensitivities == null ? List.of() : sensitivities;
      jurisdictions = jurisdictions == null ? List.of() : jurisdictions;
    }
  }

  /**
   * Refuses values that are not values of their dimension (or {@code *}) with a
   * {@link io.tillid.platform.BadInputException} naming the JSON path under {@code path}, never a value.
   */
  void check(String path, Values grants);

  /**
   * Sets the client's grants to exactly these, inside the caller's transaction; audited as
   * {@code grants.changed} by {@code actor} when they change.
   */
  void apply(TenantId tenant, UUID clientId, Values grants, String actor);
}
