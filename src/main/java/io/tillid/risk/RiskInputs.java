package io.tillid.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the risk model looks at for one customer. Plain facts, no personal identifiers: country
 * codes, an industry code, flags and counts. Validation (known countries and industry codes,
 * counts in range) happens in {@link RiskAssessments}, whose errors name the field.
 *
 * @param customerId the customer assessed
 * @param customerType person or company
 * @param countries the customer's countries by role (ISO 3166-1 alpha-2); order does not matter
 * @param industryCode NACE Rev. 2 code of a company ({@code 64.19}), or null
 * @param pepSelfDeclared whether the customer declared to be a politically exposed person (or a
 *     family member or close associate of one)
 * @param screening what screening found so far
 * @param product how risky the product or service the customer takes is (the tenant's own grading)
 * @param channel how the customer was onboarded
 * @param ownershipLayers layers of legal entities between the company and its beneficial owners
 *     (0 for persons; 1 when persons own the company directly)
 * @param foreignOwners owners or beneficial owners established outside the tenant's country
 * @param linkedPersons the persons linked to a company (beneficial owners, management, owners), each
 *     by id and role with what screening and risk assessment found about it; empty for persons
 */
public record RiskInputs(UUID customerId, CustomerType customerType, List<Country> countries, String industryCode,
    boolean pepSelfDeclared, Screening screening, Product product, Channel channel, int ownershipLayers,
    int foreignOwners, List<LinkedPerson> linkedPersons) {

  /** Inputs without linked persons. */
  public RiskInputs(UUID customerId, CustomerType customerType, List<Country> countries, String industryCode,
      boolean pepSelfDeclared, Screening screening, Product product, Channel channel, int ownershipLayers,
      int foreignOwners) {
    this(customerId, customerType, countries, industryCode, pepSelfDeclared, screening, product, channel,
        ownershipLayers, foreignOwners, List.of());
  }

  public RiskInputs {
    countries = countries == null ? List.of() : List.copyOf(countries.stream()
        .sorted(Comparator.comparingInt((Country c) -> c.role() == null ? -1 : c.role().ordinal())
            .thenComparing(c -> String.valueOf(c.code())))
        .toList());
    industryCode = industryCode == null || industryCode.isBlank() ? null : industryCode.strip();
    screening = screening == null ? Screening.NONE : screening;
    product = product == null ? Product.STANDARD : product;
    channel = channel == null ? Channel.IN_PERSON : channel;
    linkedPersons = linkedPersons == null ? List.of() : List.copyOf(linkedPersons.stream()
        .sorted(Comparator.comparing((LinkedPerson l) -> String.valueOf(l.customerId()))
            .thenComparing(l -> String.valueOf(l.role())))
        .toList());
  }

  /** How a person is linked to the company: the names used in factor ids and message keys. */
  public enum LinkRole {
    /** Holds more than the threshold of the company, directly or through a chain, or a registry says so. */
    BENEFICIAL_OWNER("beneficialOwner"),
    /** Member of the management or board. */
    MANAGEMENT("management"),
    /** Holds a share of the company, directly or through a chain, below the beneficial owner threshold. */
    OWNER("owner");

    private final String value;

    LinkRole(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  /**
   * A person linked to the company, by id (no personal data).
   *
   * @param customerId the person's customer id
   * @param role how it is linked (when several: beneficial owner before management before owner)
   * @param pep self-declared a politically exposed person, or a PEP hit on it confirmed
   * @param openHits its screening hits not yet reviewed
   * @param confirmedHits its hits confirmed as true matches on a sanctions or watch list
   * @param level its own risk level, or null when not assessed
   */
  public record LinkedPerson(UUID customerId, LinkRole role, boolean pep, int openHits, int confirmedHits,
      RiskLevel level) {}

  /** Person or company. */
  public enum CustomerType { PERSON, COMPANY }

  /** The part a country plays for the customer. */
  public enum CountryRole {
    RESIDENCE, NATIONALITY, REGISTRATION, OWNER;

    /** The role's name in factor ids and field names: {@code residence}, ... */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One of the customer's countries and its role; the code is upper-cased. */
  public record Country(CountryRole role, String code) {

    public Country {
      code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
  }

  /**
   * What screening found.
   *
   * @param openPotentialMatches hits not yet reviewed
   * @param confirmedMatches hits confirmed as true matches on a sanctions or watch list
   * @param confirmedPepMatches hits confirmed as true matches on a PEP list
   */
  public record Screening(int openPotentialMatches, int confirmedMatches, int confirmedPepMatches) {

    /** Nothing found (or not screened yet). */
    public static final Screening NONE = new Screening(0, 0, 0);
  }

  /** The tenant's grading of the product or service. */
  public enum Product { LOW, STANDARD, HIGH }

  /** How the customer was identified at onboarding. */
  public enum Channel {
    /** Face to face, identity documents seen. */
    IN_PERSON,
    /** Not face to face, identified by a qualified electronic identity (MitID, eIDAS high). */
    REMOTE_EID,
    /** Not face to face, without a qualified electronic identity. */
    REMOTE
  }

  /** A person's inputs with the usual defaults: standard product, in person, nothing found. */
  public static RiskInputs person(UUID customerId, String residence, String nationality, boolean pep) {
    return new RiskInputs(customerId, CustomerType.PERSON,
        List.of(new Country(CountryRole.RESIDENCE, residence), new Country(CountryRole.NATIONALITY, nationality)),
        null, pep, Screening.NONE, Product.STANDARD, Channel.IN_PERSON, 0, 0);
  }

  /** A company's inputs with the usual defaults: standard product, in person, owned directly by persons. */
  public static RiskInputs company(UUID customerId, String registration, String industryCode) {
    return new RiskInputs(customerId, CustomerType.COMPANY, List.of(new Country(CountryRole.REGISTRATION, registration)),
        industryCode, false, Screening.NONE, Product.STANDARD, Channel.IN_PERSON, 1, 0);
  }
}
