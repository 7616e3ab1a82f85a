package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacXmlParserTest {

  private final OfacXmlParser parser = new OfacXmlParser();

  @Test
  void readsTheSampleEntries() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("ofac_sdn_xml_sample/sdn_sample_2entries.xml"), ParseProgress.NONE);

    assertThat(list.entities()).hasSize(2);
    WatchlistEntity anglo = ListFixtures.entity(list, "173");
    assertThat(anglo.source()).isEqualTo("ofac-sdn");
    assertThat(anglo.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(anglo.names()).containsExactly(new EntityName("ANGLO-CARIBBEAN CO., LTD.", false),
        new EntityName("AVIA IMPORT", false));
    assertThat(anglo.countries()).containsExactly("GB");
    assertThat(anglo.programs()).containsExactly("CUBA");
  }

  @Test
  void readsIndividualsWeakAkasDatesAndIds(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("sdn.xml");
    Files.writeString(file, """
        <sdnList xmlns="http://tempuri.org/sdnList.xsd"><sdnEntry><uid>2676</uid><firstName>Ayman</firstName>
        <lastName>AL-ZAWAHIRI</lastName><sdnType>Individual</sdnType><programList><program>SDGT</program></programList>
        <idList><id><uid>1</uid><idType>Passport</idType><idNumber>1084010</idNumber><idCountry>Egypt</idCountry></id></idList>
        <akaList><aka><uid>2</uid><type>a.k.a.</type><category>weak</category><lastName>Abu Fatima</lastName></aka></akaList>
        <dateOfBirthList><dateOfBirthItem><uid>3</uid><dateOfBirth>19 Jun 1951</dateOfBirth></dateOfBirthItem></dateOfBirthList>
        <nationalityList><nationality><uid>4</uid><country>Egypt</country></nationality></nationalityList>
        </sdnEntry></sdnList>""");

    WatchlistEntity entity = parser.parse(file, ParseProgress.NONE).entities().get(0);

    assertThat(entity.type()).isEqualTo(EntityType.PERSON);
    assertThat(entity.names()).containsExactly(new EntityName("Ayman AL-ZAWAHIRI", false), new EntityName("Abu Fatima", true));
    assertThat(entity.birthDates()).containsExactly(PartialDate.parse("1951-06-19"));
    assertThat(entity.identifiers()).containsExactly(new Identifier("passport", "1084010", "EG"));
    assertThat(entity.countries()).containsExactly("EG");
  }

  @Test
  void badXmlNamesTheLine(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("sdn.xml");
    Files.writeString(file, "<sdnList>\n<sdnEntry><uid>1</uid>\n<lastName>X</lastName></sdnEntr>\n</sdnList>");

    assertThatThrownBy(() -> parser.parse(file, ParseProgress.NONE))
        .isInstanceOf(ListFormatException.class).hasMessage("sdn.xml line 3: not well-formed XML");
  }
}
