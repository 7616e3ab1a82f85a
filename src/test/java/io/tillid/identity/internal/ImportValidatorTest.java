package io.tillid.identity.internal;

import static io.tillid.identity.internal.ImportFixture.admin;
import static io.tillid.identity.internal.ImportFixture.client;
import static io.tillid.identity.internal.ImportFixture.tenant;
import static io.tillid.identity.internal.ImportFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.platform.BadInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportValidatorTest {

  private static ImportFile parse(Map<String, Object> file) {
    return ImportFileReader.parse(new ByteArrayInputStream(ImportFixture.json(file).getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Object> good() {
    return ImportFixture.file(List.of(
        tenant("acme", "Acme A/S", List.of(user("anna@acme.dk", "Anna", "violet tractor sings 1", "administrator")),
            List.of(client("acme-api", "client-secret", "customers.read"))),
        tenant("beta", "Beta ApS", List.of(user("bo@beta.dk", "Bo", "violet tractor sings 2", "analyst", "auditor")), List.of())),
        List.of(admin("ops@tillid.io", "Ops", "violet tractor sings 3")));
  }

  private static String refusal(Map<String, Object> file) {
    try {
      ImportValidator.validate(parse(file));
    } catch (BadInputException e) {
      return e.getMessage();
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void acceptsAGoodFile() {
    assertThatCode(() -> ImportValidator.validate(parse(good()))).doesNotThrowAnyException();
  }

  @Test
  void namesThePathOfABadEmailButNotTheValue() {
    Map<String, Object> file = ImportFixture.file(List.of(
        tenant("acme", "Acme", List.of(user("anna@acme.dk", "Anna", "pw")), List.of()),
        tenant("beta", "Beta", List.of(user("bo.at.beta.dk", "Bo", "pw")), List.of())), List.of());
    assertThat(refusal(file)).isEqualTo("tenants[1].users[0].email is not a valid e-mail address")
        .doesNotContain("bo.at.beta.dk");
  }

  @Test
  void refusesReservedAndMalformedAndRepeatedSlugs() {
    assertThat(refusal(ImportFixture.file(List.of(tenant("platform", "P", List.of(), List.of())), List.of())))
        .isEqualTo("tenants[0].slug is reserved for the platform");
    assertThat(refusal(ImportFixture.file(List.of(tenant("Bad_Slug", "P", List.of(), List.of())), List.of())))
        .startsWith("tenants[0].slug must match").doesNotContain("Bad_Slug");
    assertThat(refusal(ImportFixture.file(List.of(tenant("same", "A", List.of(), List.of()),
        tenant("same", "B", List.of(), List.of())), List.of())))
        .isEqualTo("tenants[1].slug repeats tenants[0].slug");
  }

  @Test
  void refusesUnknownRolesAndScopesWithoutEchoingThem() {
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme",
        List.of(user("a@acme.dk", "A", "pw", "analyst", "superuser")), List.of())), List.of())))
        .startsWith("tenants[0].users[0].roles[1] is not a known role").doesNotContain("superuser");
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme", List.of(),
        List.of(client("acme-api", "s", "everything")))), List.of())))
        .startsWith("tenants[0].clients[0].scopes[0] is not a known scope").doesNotContain("everything");
  }

  @Test
  void refusesDuplicatesInsideTheFile() {
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme",
        List.of(user("a@acme.dk", "A", "pw"), user("A@ACME.dk", "A2", "pw")), List.of())), List.of())))
        .isEqualTo("tenants[0].users[1].email repeats tenants[0].users[0].email");
    assertThat(refusal(ImportFixture.file(List.of(
        tenant("acme", "Acme", List.of(), List.of(client("shared-id", "s"))),
        tenant("beta", "Beta", List.of(), List.of(client("shared-id", "s")))), List.of())))
        .isEqualTo("tenants[1].clients[0].clientId repeats tenants[0].clients[0].clientId");
    assertThat(refusal(ImportFixture.file(List.of(),
        List.of(admin("ops@tillid.io", "A", "pw"), admin("ops@tillid.io", "B", "pw")))))
        .isEqualTo("platform.admins[1].email repeats platform.admins[0].email");
  }

  @Test
  void refusesEmptyOrOverlongSecretsAndNamesWithoutEchoingThem() {
    String longPassword = "p".repeat(257);
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme",
        List.of(user("a@acme.dk", "A", longPassword)), List.of())), List.of())))
        .isEqualTo("tenants[0].users[0].password must have 1 to 256 characters");
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme", List.of(user("a@acme.dk", "A", "")),
        List.of())), List.of())))
        .isEqualTo("tenants[0].users[0].password must have 1 to 256 characters");
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", " ", List.of(), List.of())), List.of())))
        .isEqualTo("tenants[0].name must have 1 to 200 characters");
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "n".repeat(201), List.of(), List.of())),
        List.of()))).isEqualTo("tenants[0].name must have 1 to 200 characters");
  }

  @Test
  void refusesPasswordsAgainstThePolicyNamingThePathAndRuleOnly() {
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme A/S",
        List.of(user("anna@acme.dk", "Anna", "short-secret")), List.of())), List.of())))
        .isEqualTo("tenants[0].users[0].password must have at least 15 characters");
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme A/S",
        List.of(user("anna@acme.dk", "Anna", "1qaz2wsx3edc4rfv")), List.of())), List.of())))
        .isEqualTo("tenants[0].users[0].password is a common or breached password").doesNotContain("1qaz");
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme A/S",
        List.of(user("anna@acme.dk", "Anna", "ANNA@ACME.DK is my password")), List.of())), List.of())))
        .isEqualTo("tenants[0].users[0].password must not contain the e-mail address or its local part");
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme-finans", "Acme Finans",
        List.of(user("anna@acme.dk", "Anna", "I work at Acme Finans")), List.of())), List.of())))
        .isEqualTo("tenants[0].users[0].password must not contain the organisation's name or slug");
    assertThat(refusal(ImportFixture.file(List.of(),
        List.of(admin("ops@tillid.io", "Ops", "the Tillid platform admin")))))
        .isEqualTo("platform.admins[0].password must not contain the organisation's name or slug");
  }

  @Test
  void refusesMissingFields() {
    Map<String, Object> user = Map.of("email", "a@acme.dk", "name", "A");
    assertThat(refusal(ImportFixture.file(List.of(tenant("acme", "Acme", List.of(user), List.of())), List.of())))
        .isEqualTo("tenants[0].users[0].password is missing");
  }

  @Test
  void parserErrorsNameThePathNotTheValue() {
    assertThatThrownBy(() -> ImportFileReader.parse(stream("{\"tenants\":[{\"slug\":\"acme\",\"secretive\":1}]}")))
        .isInstanceOf(BadInputException.class).hasMessage("tenants[0] has an unknown field 'secretive'");
    assertThatThrownBy(() -> ImportFileReader.parse(stream("{\"tenants\":[{\"slug\":\"acme\",\"users\":\"anna@x.dk\"}]}")))
        .isInstanceOf(BadInputException.class).hasMessage("tenants[0].users has the wrong type or shape")
        .message().doesNotContain("anna");
    assertThatThrownBy(() -> ImportFileReader.parse(stream("{\"tenants\":[{\"slug\":\"hunter2")))
        .isInstanceOf(BadInputException.class).message().startsWith("the import file is not valid JSON")
        .doesNotContain("hunter2");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
