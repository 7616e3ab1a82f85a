package io.tillid.customers.internal.registry;

import java.util.List;

/** The roles a lookup records between a company and the persons or companies linked to it. */
public final class RegistryRoles {

  public static final String CHAIR = "chair";
  public static final String VICE_CHAIR = "vice-chair";
  public static final String BOARD_MEMBER = "board-member";
  public static final String CEO = "ceo";
  public static final String DIRECTOR = "director";
  public static final String SECRETARY = "secretary";
  public static final String MEMBER = "member";
  public static final String GENERAL_PARTNER = "general-partner";
  public static final String MANAGEMENT = "management";
  /** The registry names the party a beneficial owner (CVR "Reel ejer", a Companies House PSC). */
  public static final String BENEFICIAL_OWNER = "beneficial-owner";
  /** An owner the registry gives no share for (the party is linked, without a holding). */
  public static final String OWNER = "owner";
  public static final String DIRECT_PARENT = "direct-parent";
  public static final String ULTIMATE_PARENT = "ultimate-parent";

  /** Every role, in the order a page lists them. */
  public static final List<String> ALL = List.of(CHAIR, VICE_CHAIR, CEO, DIRECTOR, BOARD_MEMBER, SECRETARY, MEMBER,
      GENERAL_PARTNER, MANAGEMENT, BENEFICIAL_OWNER, OWNER, DIRECT_PARENT, ULTIMATE_PARENT);

  private RegistryRoles() {}
}
