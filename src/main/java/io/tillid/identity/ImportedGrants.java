package io.tillid.identity;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.TenantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The attribute grants an import file gives a user or an API client ({@code "grants"} on either;
 * a user or client the file creates without them gets {@link Values#ALL}). The
 * identity module reads the file; the access module, which owns grants, implements this to check
 * and store them, so neither reaches into the other's tables.
 */
public interface ImportedGrants {

  /** Values per dimension as the file has them; a missing list grants nothing in its dimension. */
  @SuppressFBWarnings(value = "EI_EXPOSE_REP", justification = "The lists are unmodifiable copies made in the "
      + "constructor (Collections.unmodifiableList keeps null elements, which List.copyOf refuses, so that "
      + "checking can name them by path); SpotBugs does not see through the helper.")
  record Values(List<String> businessUnits, List<String> sensitivities, List<String> jurisdictions) {

    /** Every value in every dimension: what an imported user or client holds unless the file says otherwise. */
    public static final Values ALL = new Values(List.of("*"), List.of("*"), List.of("*"));

    public Values {
      businessUnits = copy(businessUnits);
      sensitivities = copy(sensitivities);
      jurisdictions = copy(jurisdictions);
    }

    /** An unmodifiable copy that keeps null elements, so that checking can name them. */
    private static List<String> copy(List<String> values) {
      return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
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

  /** Sets the user's grants to exactly these, like {@link #apply} for a client. */
  void applyToUser(TenantId tenant, UUID userId, Values grants, String actor);
}
