package io.tillid.customers.internal;

import io.tillid.support.TestPrincipal;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tillid.customers.internal.registry.RegistryFailure;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantId;
import io.tillid.platform.web.ProblemHandler;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The mapping of {@code POST /api/v1/customers/lookup}: statuses and problem details. (The API's
 * authentication is tested where it is built; this runs the controller with a principal set.)
 */
class RegistryLookupApiControllerTest {


  private final RegistryLookup lookup = mock(RegistryLookup.class);
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
        new TestPrincipal(new TenantId(UUID.randomUUID()), "client:test"), null, "customers.write"));
    mvc = MockMvcBuilders.standaloneSetup(new RegistryLookupApiController(lookup))
        .setControllerAdvice(new ProblemHandler())
        .setCustomArgumentResolvers(new AuthenticationPrincipalArgumentResolver()).build();
  }

  @AfterEach
  void tearDown() {
    SecurityContextHolder.clearContext();
  }

  private org.springframework.test.web.servlet.ResultActions send(String body) throws Exception {
    return mvc.perform(post("/api/v1/customers/lookup").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void createdWithTheCompanysIdAndWhatWasCreated() throws Exception {
    UUID company = UUID.randomUUID();
    UUID person = UUID.randomUUID();
    when(lookup.lookup(any(), any())).thenReturn(new LookupResult(company, "cvr", "41774037", true,
        List.of(new LookupResult.Created(person, "person", "Karsten Poulsen")), 12, 6, 0));

    send("{\"registry\":\"cvr\",\"registrationNumber\":\"41774037\"}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/customers/" + company))
        .andExpect(jsonPath("$.id").value(company.toString()))
        .andExpect(jsonPath("$.companyCreated").value(true))
        .andExpect(jsonPath("$.created[0].id").value(person.toString()))
        .andExpect(jsonPath("$.holdings").value(12))
        .andExpect(jsonPath("$.roles").value(6));
  }

  @Test
  void anUnknownOrUnconfiguredRegistryIsA400NamingTheField() throws Exception {
    when(lookup.lookup(any(), any())).thenThrow(new InvalidFieldException("registry", "registry-off",
        "The field 'registry' names a registry that is not configured on this server."));

    send("{\"registry\":\"gleif\",\"registrationNumber\":\"x\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("'registry'")));
  }

  @Test
  void aRegistryThatIsDownIsA502WithAFixedDetail() throws Exception {
    when(lookup.lookup(any(), any())).thenThrow(new RegistryFailure("cvr", RegistryFailure.Reason.NO_ANSWER));

    send("{\"registry\":\"cvr\",\"registrationNumber\":\"41774037\"}")
        .andExpect(status().isBadGateway())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(RegistryLookupApiController.REGISTRY_DOWN))
        .andExpect(content().string(Matchers.not(Matchers.containsString("41774037"))));
  }

  @Test
  void aNumberTheRegistryDoesNotHaveIsA404() throws Exception {
    when(lookup.lookup(any(), any())).thenThrow(new RegistryCompanyNotFound());

    send("{\"registry\":\"cvr\",\"registrationNumber\":\"12345678\"}")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(RegistryLookupApiController.NOT_IN_REGISTRY));
  }
}
