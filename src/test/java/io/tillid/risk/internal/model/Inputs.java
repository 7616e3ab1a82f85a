package io.tillid.risk.internal.model;

import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskInputs.Channel;
import io.tillid.risk.RiskInputs.Country;
import io.tillid.risk.RiskInputs.CountryRole;
import io.tillid.risk.RiskInputs.CustomerType;
import io.tillid.risk.RiskInputs.Product;
import io.tillid.risk.RiskInputs.Screening;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A builder of risk inputs for tests: a Danish person, standard product, in person, nothing found. */
final class Inputs {

  static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-00000000c001");

  private CustomerType type = CustomerType.PERSON;
  private final List<Country> countries = new ArrayList<>();
  private String industry;
  private boolean pep;
  private Screening screening = Screening.NONE;
  private Product product = Product.STANDARD;
  private Channel channel = Channel.IN_PERSON;
  private int layers;
  private int foreignOwners;

  private final java.util.List<RiskInputs.LinkedPerson> linked = new java.util.ArrayList<>();

  static Inputs danishPerson() {
    return new Inputs().country(CountryRole.RESIDENCE, "DK").country(CountryRole.NATIONALITY, "DK");
  }

  static Inputs danishCompany(String industry) {
    Inputs inputs = new Inputs().country(CountryRole.REGISTRATION, "DK");
    inputs.type = CustomerType.COMPANY;
    inputs.industry = industry;
    inputs.layers = 1;
    return inputs;
  }

  Inputs country(CountryRole role, String code) {
    countries.removeIf(c -> c.role() == role);
    countries.add(new Country(role, code));
    return this;
  }

  Inputs pep() {
    pep = true;
    return this;
  }

  Inputs screening(int open, int confirmed, int confirmedPep) {
    screening = new Screening(open, confirmed, confirmedPep);
    return this;
  }

  Inputs product(Product value) {
    product = value;
    return this;
  }

  Inputs channel(Channel value) {
    channel = value;
    return this;
  }

  Inputs ownership(int layerCount, int foreign) {
    layers = layerCount;
    foreignOwners = foreign;
    return this;
  }

  Inputs industry(String code) {
    industry = code;
    return this;
  }

  Inputs linked(RiskInputs.LinkedPerson person) {
    linked.add(person);
    return this;
  }

  RiskInputs build() {
    return new RiskInputs(CUSTOMER, type, countries, industry, pep, screening, product, channel, layers, foreignOwners,
        linked);
  }
}
