package io.tillid.risk.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs.Channel;
import io.tillid.risk.RiskInputs.CountryRole;
import io.tillid.risk.RiskInputs.Product;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.reference.CountryRiskTable;
import io.tillid.risk.internal.reference.CountryRiskTables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule alone: the factors it gives, their points and reasons, with the default model. */
class RiskRulesTest {

  static final CountryRiskTable TABLE = CountryRiskTables.shipped().latest();
  static final RiskModel MODEL = RiskModel.DEFAULT;

  private static List<Factor> apply(RiskRule rule, Inputs inputs) {
    return rule.apply(inputs.build(), MODEL, TABLE);
  }

  private static Factor f(String id, String input, int points, String reason) {
    return new Factor(id, input, points, "risk.reason." + reason, null);
  }

  @Test
  void customerType() {
    assertThat(apply(new CustomerTypeRule(), Inputs.danishPerson())).containsExactly(f("customerType", "person", 0, "person"));
    assertThat(apply(new CustomerTypeRule(), Inputs.danishCompany(null)))
        .containsExactly(f("customerType", "company", 5, "company"));
  }

  @Test
  void countryBaselBands() {
    assertThat(apply(new CountryRule(), Inputs.danishPerson())).containsExactly(
        f("country.residence.basel", "DK 3.51", 0, "baselLow"), f("country.nationality.basel", "DK 3.51", 0, "baselLow"));
    // Albania 4.36 is low, Algeria 6.87 high (and grey), Zambia 5.31 medium
    assertThat(apply(new CountryRule(), Inputs.danishPerson().country(CountryRole.RESIDENCE, "ZM")))
        .contains(f("country.residence.basel", "ZM 5.31", 5, "baselMedium"));
    assertThat(apply(new CountryRule(), Inputs.danishPerson().country(CountryRole.RESIDENCE, "AF")))
        .contains(f("country.residence.basel", "AF 8.20", 10, "baselHigh"));
  }

  @Test
  void countryWithoutBaselScoreIsNotRated() {
    assertThat(apply(new CountryRule(), Inputs.danishPerson().country(CountryRole.RESIDENCE, "GL")))
        .contains(f("country.residence.basel", "GL", 5, "countryNotRated"));
  }

  @Test
  void fatfBlackListMakesHighWhateverThePoints() {
    List<Factor> factors = apply(new CountryRule(), Inputs.danishPerson().country(CountryRole.RESIDENCE, "IR"));
    assertThat(factors).contains(new Factor("country.residence.fatf", "IR", 50, "risk.reason.fatfBlack", RiskLevel.HIGH));
  }

  @Test
  void fatfGreyAndEuHighRiskRaise() {
    assertThat(apply(new CountryRule(), Inputs.danishPerson().country(CountryRole.NATIONALITY, "ZA")))
        .contains(f("country.nationality.fatf", "ZA", 20, "fatfGrey"));
    assertThat(apply(new CountryRule(), Inputs.danishPerson().country(CountryRole.NATIONALITY, "AE")))
        .contains(f("country.nationality.euHighRisk", "AE", 20, "euHighRisk"))
        .noneMatch(factor -> factor.factor().endsWith(".fatf"));
  }

  @Test
  void beingEstablishedInAnEuHighRiskThirdCountryMakesHigh() {
    assertThat(apply(new CountryRule(), Inputs.danishPerson().country(CountryRole.RESIDENCE, "AE"))).contains(
        new Factor("country.residence.euHighRisk", "AE", 20, "risk.reason.euHighRiskEstablished", RiskLevel.HIGH));
    assertThat(apply(new CountryRule(), Inputs.danishCompany(null).country(CountryRole.OWNER, "PA"))).contains(
        new Factor("country.owner.euHighRisk", "PA", 20, "risk.reason.euHighRiskEstablished", RiskLevel.HIGH));
  }

  @Test
  void industry() {
    assertThat(apply(new IndustryRule(), Inputs.danishCompany("92.00"))).containsExactly(
        f("industry", "92.00", 20, "industryHighRisk"));
    assertThat(apply(new IndustryRule(), Inputs.danishCompany("62.01"))).containsExactly(
        f("industry", "62.01", 0, "industryOther"));
    assertThat(apply(new IndustryRule(), Inputs.danishCompany(null))).containsExactly(f("industry", "none", 0, "industryNone"));
    assertThat(apply(new IndustryRule(), Inputs.danishPerson())).isEmpty();
  }

  @Test
  void pepSelfDeclaredOrFromScreeningIsHigh() {
    assertThat(apply(new PepRule(), Inputs.danishPerson())).containsExactly(f("pep", "false", 0, "notPep"));
    assertThat(apply(new PepRule(), Inputs.danishPerson().pep()))
        .containsExactly(new Factor("pep", "self-declared", 30, "risk.reason.pep", RiskLevel.HIGH));
    assertThat(apply(new PepRule(), Inputs.danishPerson().screening(0, 0, 1)))
        .containsExactly(new Factor("pep", "screening", 30, "risk.reason.pep", RiskLevel.HIGH));
  }

  @Test
  void screening() {
    assertThat(apply(new ScreeningRule(), Inputs.danishPerson())).containsExactly(f("screening", "0", 0, "screeningClear"));
    assertThat(apply(new ScreeningRule(), Inputs.danishPerson().screening(2, 1, 0))).containsExactly(
        new Factor("screening.confirmed", "1", 50, "risk.reason.screeningConfirmed", RiskLevel.HIGH),
        f("screening.open", "2", 10, "screeningOpen"));
  }

  @Test
  void productAndChannel() {
    assertThat(apply(new ProductChannelRule(), Inputs.danishPerson())).containsExactly(
        f("product", "standard", 5, "product.standard"), f("channel", "in_person", 0, "channel.in_person"));
    Map<Channel, Integer> channelPoints = Map.of(Channel.IN_PERSON, 0, Channel.REMOTE_EID, 5, Channel.REMOTE, 15);
    channelPoints.forEach((channel, points) ->
        assertThat(apply(new ProductChannelRule(), Inputs.danishPerson().channel(channel)).get(1).points()).isEqualTo(points));
    assertThat(apply(new ProductChannelRule(), Inputs.danishPerson().product(Product.LOW)).get(0).points()).isZero();
    assertThat(apply(new ProductChannelRule(), Inputs.danishPerson().product(Product.HIGH)).get(0).points()).isEqualTo(15);
  }

  @Test
  void ownershipComplexityIsCapped() {
    assertThat(apply(new OwnershipRule(), Inputs.danishPerson())).isEmpty();
    assertThat(apply(new OwnershipRule(), Inputs.danishCompany(null))).containsExactly(
        f("ownership.layers", "1", 0, "ownershipSimple"), f("ownership.foreignOwners", "0", 0, "noForeignOwners"));
    assertThat(apply(new OwnershipRule(), Inputs.danishCompany(null).ownership(3, 1))).containsExactly(
        f("ownership.layers", "3", 10, "ownershipLayers"), f("ownership.foreignOwners", "1", 5, "foreignOwners"));
    assertThat(apply(new OwnershipRule(), Inputs.danishCompany(null).ownership(6, 4)))
        .extracting(Factor::points).containsExactly(25, 5);
    assertThat(apply(new OwnershipRule(), Inputs.danishCompany(null).ownership(12, 4)))
        .extracting(Factor::points).containsExactly(30, 0);
  }
}
