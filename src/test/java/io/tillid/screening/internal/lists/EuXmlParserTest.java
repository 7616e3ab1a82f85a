package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No copy of the EU list was found among the shared data; the fixture follows the published FSF
 * export schema (1.1), one person and one enterprise, values in attributes.
 */
class EuXmlParserTest {

  private static final String EXPORT = """
      <?xml version="1.0" encoding="UTF-8"?>
      <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-11-20T10:00:00.000+01:00" globalFileId="1">
        <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.27.28" logicalId="13">
          <regulation regulationType="amendment" organisationType="council" programme="IRQ" logicalId="20"/>
          <subjectType code="person" classificationCode="P"/>
          <nameAlias firstName="Saddam" middleName="" lastName="Hussein Al-Tikriti" wholeName="Saddam Hussein Al-Tikriti"
              gender="M" strong="true" logicalId="17"/>
          <nameAlias firstName="" lastName="" wholeName="Abu Ali" strong="false" logicalId="18"/>
          <citizen countryIso2Code="IQ" countryDescription="IRAQ" logicalId="19"/>
          <birthdate circa="false" calendarType="GREGORIAN" city="al-Awja" birthdate="1937-04-28" dayOfMonth="28"
              monthOfYear="4" year="1937" countryIso2Code="IQ" logicalId="21"/>
          <birthdate circa="true" year="1938" logicalId="22"/>
          <identification diplomatic="false" number="M0003264580" countryIso2Code="IQ" identificationTypeCode="passport"
              identificationTypeDescription="National passport" logicalId="23"/>
        </sanctionEntity>
        <sanctionEntity euReferenceNumber="EU.1.2" logicalId="14">
          <regulation programme="BLR" logicalId="30"/>
          <subjectType code="enterprise" classificationCode="E"/>
          <nameAlias wholeName="Inter Tobacco LLC" strong="true" logicalId="31"/>
          <address city="Minsk" countryIso2Code="BY" logicalId="32"/>
        </sanctionEntity>
      </export>
      """;

  private final EuXmlParser parser = new EuXmlParser();

  @Test
  void readsPersonsAndEnterprisesFromAttributes(@TempDir Path temp) throws Exception {
    Path file = Files.writeString(temp.resolve("eu.xml"), EXPORT.strip());

    ParsedList list = parser.parse(file, ParseProgress.NONE);

    WatchlistEntity saddam = ListFixtures.entity(list, "13");
    assertThat(saddam.source()).isEqualTo("eu-fsf");
    assertThat(saddam.type()).isEqualTo(EntityType.PERSON);
    assertThat(saddam.names()).containsExactly(new EntityName("Saddam Hussein Al-Tikriti", false),
        new EntityName("Abu Ali", true));
    assertThat(saddam.birthDates()).extracting(PartialDate::toString).containsExactly("1937-04-28", "1938");
    assertThat(saddam.countries()).containsExactly("IQ");
    assertThat(saddam.identifiers()).containsExactly(new Identifier("passport", "M0003264580", "IQ"));
    assertThat(saddam.programs()).containsExactly("IRQ");
    WatchlistEntity tobacco = ListFixtures.entity(list, "14");
    assertThat(tobacco.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(tobacco.countries()).containsExactly("BY");
  }

  @Test
  void aTruncatedExportNamesTheLine(@TempDir Path temp) throws Exception {
    String text = EXPORT.strip();
    Path file = Files.writeString(temp.resolve("eu.xml"), text.substring(0, text.indexOf("<subjectType code=\"enterprise\"")));

    assertThatThrownBy(() -> parser.parse(file, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessageMatching("eu\\.xml line \\d+: not well-formed XML");
  }
}
