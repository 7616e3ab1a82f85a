package io.tillid.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.web.ProblemHandler;
import io.tillid.screening.internal.matching.Fixtures;
import io.tillid.screening.internal.screen.ScreeningService;
import io.tillid.screening.internal.screen.WatchlistSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The controller's mapping and validation through MockMvc with the platform's problem handler.
 * Authentication and the permission check are the platform interceptor's (RouteInventoryIT sees the
 * route's {@code @RequiresPermission}); the API's OAuth end to end is left to an IT once it lands.
 */
class ScreeningApiControllerTest {

  final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new ScreeningApiController(new ScreeningService(
          WatchlistSnapshot.of(Fixtures.sampleList(), Map.of("ofac-sdn", "2021-07-07", "un", "2026-02-27",
              "us-csl", "2022-05-16"))), tenant -> 0.825))
      .setControllerAdvice(new ProblemHandler())
      .build();

  @Test
  void screensAndAnswersTheContractShape() throws Exception {
    mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"Putin, Vladimir\",\"type\":\"person\",\"birthDate\":\"1952\",\"countries\":[\"ru\"]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.matches[0].entityId").value("35096"))
        .andExpect(jsonPath("$.matches[0].source").value("ofac-sdn"))
        .andExpect(jsonPath("$.matches[0].name").value("PUTIN, Vladimir Vladimirovich"))
        .andExpect(jsonPath("$.matches[0].matchedName").exists())
        .andExpect(jsonPath("$.matches[0].score").isNumber())
        .andExpect(jsonPath("$.matches[0].type").value("person"))
        .andExpect(jsonPath("$.matches[0].explanation.tokens[0].how").value("exact"))
        .andExpect(jsonPath("$.matches[0].explanation.factors[1].factor").value("birthDate"))
        .andExpect(jsonPath("$.lists[0].source").value("ofac-sdn"))
        .andExpect(jsonPath("$.lists[0].version").value("2021-07-07"))
        .andExpect(jsonPath("$.lists.length()").value(3));
  }

  @Test
  void listsThresholdAndLimitAreHonoured() throws Exception {
    mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"Vladimir Putin\",\"lists\":[\"un\"],\"threshold\":0.5,\"limit\":1}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.matches.length()").value(1))
        .andExpect(jsonPath("$.matches[0].source").value("un"))
        .andExpect(jsonPath("$.lists.length()").value(1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{}|name",
      "{\"name\":\"   \"}|name",
      "{\"name\":\"!!! ???\"}|name",
      "{\"name\":\"Ivan\",\"type\":\"dragon\"}|type",
      "{\"name\":\"Ivan\",\"birthDate\":\"1952-13-01\"}|birthDate",
      "{\"name\":\"Ivan\",\"birthDate\":\"0001\"}|birthDate",
      "{\"name\":\"Ivan\",\"countries\":[\"Russia\"]}|countries",
      "{\"name\":\"Ivan\",\"lists\":[\"../etc\"]}|lists",
      "{\"name\":\"Ivan\",\"threshold\":7}|threshold",
      "{\"name\":\"Ivan\",\"limit\":0}|limit",
      "{\"name\":\"Ivan\",\"limit\":100000}|limit"})
  void absurdRequestsAre400NamingTheField(String body, String field) throws Exception {
    MvcResult result = mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andReturn();

    String detail = result.getResponse().getContentAsString();
    assertThat(detail).contains("'" + field + "'").doesNotContain("dragon").doesNotContain("Russia")
        .doesNotContain("../etc");
  }

  @Test
  void aTooLongNameIs400WithoutEchoingIt() throws Exception {
    String name = "Ivan ".repeat(100);
    mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"" + name + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("The field 'name' is longer than 300 characters."));
  }

  @Test
  void theRouteNeedsScreeningsRun() throws Exception {
    RequiresPermission policy = ScreeningApiController.class
        .getDeclaredMethod("screen", io.tillid.screening.internal.screen.ScreeningRequest.class)
        .getAnnotation(RequiresPermission.class);

    assertThat(policy.value()).isEqualTo(Permissions.SCREENINGS_RUN);
  }
}
