package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmParserTest {

  private final FtmParser parser = new FtmParser();

  @Test
  void readsPersonsCompaniesAndOwnershipsOfTheZalaCluster() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("opensanctions_ftm/yente_zala_cluster_entities.ftm.json"),
        ParseProgress.NONE);

    assertThat(list.delta()).isFalse();
    assertThat(ListFixtures.count(list, EntityType.PERSON)).isEqualTo(6);
    assertThat(ListFixtures.count(list, EntityType.ORGANIZATION)).isEqualTo(11);
    assertThat(list.ownerships()).hasSize(14);
    assertThat(list.ownerships()).contains(new Ownership("NK-3NyeuT6JeJDLhGEyH3JD52", "NK-nR5AXM9AVPq4pQaSPSaVam",
        "NK-abdzbEBkqyT29GyREbiURZ", null));
    assertThat(list.ownerships()).anySatisfy(o -> assertThat(o.share()).isNotNull());
    assertThat(list.ownerships()).contains(new Ownership("ru-770bdf5f22537fa2a94176f53fa87fe28ecf94fa",
        "NK-aU5ybkbRFJucf8YMwsJvDw", "NK-abdzbEBkqyT29GyREbiURZ", new BigDecimal("50"), PartialDate.parse("2023-03-02")));
    WatchlistEntity osetrova = ListFixtures.entity(list, "NK-2Tbri3s6GgNtAwsSXh4qpL");
    assertThat(osetrova.birthDates()).containsExactly(PartialDate.parse("1988-01-07"));
    assertThat(osetrova.countries()).containsExactly("RU");
    assertThat(osetrova.names()).extracting(EntityName::value).contains("Мария Александровна Осетрова");
    assertThat(osetrova.programs()).contains("sanction");
  }

  @Test
  void readsEveryScriptOfTheEuEntities() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("opensanctions_ftm/yente_t1_entities.ftm.json"), ParseProgress.NONE);

    assertThat(ListFixtures.count(list, EntityType.PERSON)).isEqualTo(4);
    assertThat(ListFixtures.count(list, EntityType.ORGANIZATION)).isEqualTo(2);
    WatchlistEntity tobacco = ListFixtures.entity(list, "NK-2GdmHtZTeNXjNVrBGEXZNj");
    assertThat(tobacco.identifiers()).containsExactly(new Identifier("registration", "808000714", null));
    assertThat(tobacco.countries()).containsExactly("BY");
  }

  @Test
  void deltaFilesAddModifyAndDelete() throws Exception {
    ParsedList adds = parser.parse(ListFixtures.path("opensanctions_ftm/yente_t2_deltas/20240527194702-wnk.entities.delta.json"),
        ParseProgress.NONE);
    ParsedList delete = parser.parse(ListFixtures.path("opensanctions_ftm/yente_t2_deltas/20240528074703-npf.entities.delta.json"),
        ParseProgress.NONE);

    assertThat(adds.delta()).isTrue();
    assertThat(adds.entities()).extracting(WatchlistEntity::entityId).contains("NK-2T3S8Hu29ktYnKSTgQp2wL");
    assertThat(delete.delta()).isTrue();
    assertThat(delete.entities()).isEmpty();
    assertThat(delete.removedIds()).containsExactly("NK-500Poltergeist");
  }

  @Test
  void aLineThatIsNotJsonIsNamed(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("e.json");
    String first = Files.readAllLines(ListFixtures.path("opensanctions_ftm/yente_t1_entities.ftm.json")).get(0);
    Files.writeString(file, first + "\n" + first.substring(0, first.length() / 2) + "\n");

    assertThatThrownBy(() -> parser.parse(file, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessage("e.json line 2: not a JSON object (the file may be cut short)");
  }

  @Test
  void anUnknownOperationOrAnEntityWithoutIdIsNamed(@TempDir Path temp) throws Exception {
    Path op = Files.writeString(temp.resolve("op.json"), "{\"op\":\"ZAP\",\"entity\":{\"id\":\"x\"}}\n");
    Path id = Files.writeString(temp.resolve("id.json"), "\n{\"schema\":\"Person\",\"properties\":{}}\n");

    assertThatThrownBy(() -> parser.parse(op, ParseProgress.NONE)).hasMessage("op.json line 1: unknown delta operation");
    assertThatThrownBy(() -> parser.parse(id, ParseProgress.NONE)).hasMessage("id.json line 2: the entity has no id");
  }

  @Test
  void sharesAreReadAsPercent(@TempDir Path temp) throws Exception {
    Path file = Files.writeString(temp.resolve("o.json"),
        "{\"id\":\"own-1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"a\"],\"asset\":[\"b\"],\"percentage\":[\"50.5\"]}}\n");

    assertThat(parser.parse(file, ParseProgress.NONE).ownerships())
        .containsExactly(new Ownership("own-1", "a", "b", new BigDecimal("50.5")));
  }
}
