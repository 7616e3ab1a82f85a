package io.tillid.screening.internal.lists;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/screenings} as the contract has it, end to end: a real list imported into
 * PostgreSQL, an API client with screenings.run, a misspelt and reordered name found with its
 * explanation and the list's version; bad queries 400; no scope 403.
 */
class ScreeningApiIT extends IntegrationTest {

  @Autowired
  ImportList importList;

  @Autowired
  ApplicationContext context;

  @Test
  void anImportedListIsScreenedThroughTheApi() throws Exception {
    importList.run("un-xml", ListFixtures.path("un_consolidated/UN_consolidated.xml"), ParseProgress.NONE);
    ApiCaller api = ApiCaller.as(httpsPort, TestClients.create(context, "screenings.run"));

    HttpResponse<String> answer = api.post("/api/v1/screenings",
        "{\"name\":\"Iyamuremye Gastone\",\"type\":\"person\",\"limit\":5}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode body = json(answer);
    JsonNode best = body.get("matches").get(0);
    assertThat(best.get("matchedName").asString()).containsIgnoringCase("IYAMUREMYE");
    assertThat(best.get("source").asString()).isEqualTo("un");
    assertThat(best.get("score").asDouble()).isBetween(0.8, 1.0);
    assertThat(best.get("explanation")).isNotNull();
    assertThat(body.get("lists").toString()).contains("\"source\":\"un\"");

    assertThat(api.post("/api/v1/screenings", "{\"name\":\"\"}").statusCode()).isEqualTo(400);
    assertThat(api.post("/api/v1/screenings", "{\"name\":\"Someone\",\"threshold\":7}").statusCode()).isEqualTo(400);
    ApiCaller without = ApiCaller.as(httpsPort, TestClients.create(context, "customers.read"));
    assertThat(without.post("/api/v1/screenings", "{\"name\":\"Someone\"}").statusCode()).isEqualTo(403);
  }

  @Test
  void aMatchOwnedByListedPartiesCarriesThemInTheAnswer() throws Exception {
    importList.run("ftm", ListFixtures.path("opensanctions_ftm/yente_zala_cluster_entities.ftm.json"), ParseProgress.NONE);
    ApiCaller api = ApiCaller.as(httpsPort, TestClients.create(context, "screenings.run"));

    HttpResponse<String> answer = api.post("/api/v1/screenings",
        "{\"name\":\"LLC CST\",\"type\":\"organization\",\"lists\":[\"opensanctions\"]}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode best = json(answer).get("matches").get(0);
    assertThat(best.get("entityId").asString()).isEqualTo("NK-abdzbEBkqyT29GyREbiURZ");
    JsonNode owners = best.get("ownedOrControlledBy");
    assertThat(owners).hasSize(2);
    assertThat(owners.get(0).get("entityId").asString()).isEqualTo("NK-aU5ybkbRFJucf8YMwsJvDw");
    assertThat(owners.get(0).get("share").asInt()).isEqualTo(51);
    assertThat(owners.get(0).get("listed").asBoolean()).isTrue();
    assertThat(owners.get(1).get("share").asInt()).isEqualTo(49);

    JsonNode person = json(api.post("/api/v1/screenings",
        "{\"name\":\"Aleksandr Vyacheslavovich Zakharov\",\"type\":\"person\",\"lists\":[\"opensanctions\"]}"))
        .get("matches").get(0);
    assertThat(person.get("entityId").asString()).isEqualTo("NK-aU5ybkbRFJucf8YMwsJvDw");
    assertThat(person.get("ownedOrControlledBy")).isEmpty();
  }
}
