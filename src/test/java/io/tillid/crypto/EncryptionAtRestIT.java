package io.tillid.crypto;

import static io.tillid.support.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.ApiCaller;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestClients;
import io.tillid.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's proof: customers created through the API on PostgreSQL leave no national id, birth
 * date or address readable in a {@code pg_dump} of the whole database, and read back correctly
 * through the API.
 */
class EncryptionAtRestIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  private record Person(String name, String nationalId, String birthDate, String address) {}

  @Test
  void aDatabaseDumpHoldsNoPersonalIdentifiersAndTheApiReadsThemBack(@TempDir Path dir) throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read", "customers.write", "customers.reveal");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    List<Person> people = new ArrayList<>();
    Map<Person, UUID> ids = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      String suffix = Integer.toString(4000 + i);
      Person person = new Person("Dump Person " + i, "0311" + (40 + i) + "-" + suffix, (1941 + i) + "-11-0" + (3 + i),
          "Kastelsvej " + (17 + i) + ", 2100 København Ø, opgang " + suffix);
      people.add(person);
      HttpResponse<String> created = api.post("/api/v1/customers", """
          {"type":"person","name":"%s","birthDate":"%s","nationality":"DK","countryOfResidence":"DK",
           "nationalId":"%s","address":"%s"}""".formatted(person.name(), person.birthDate(), person.nationalId(),
          person.address()));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      ids.put(person, UUID.fromString(json(created).get("id").asString()));
    }

    String dump = pgDump(dir.resolve("dump.sql"));
    assertThat(dump).as("the dump has the customers").contains("Dump Person 0", "Dump Person 4");
    for (Person person : people) {
      assertThat(dump).doesNotContain(person.nationalId(), person.nationalId().replace("-", ""), person.birthDate(),
          person.address(), "Kastelsvej");
    }

    for (Person person : people) {
      JsonNode read = json(api.get("/api/v1/customers/" + ids.get(person) + "?reveal=nationalId"));
      assertThat(read.get("nationalId").asString()).isEqualTo(person.nationalId());
      assertThat(read.get("birthDate").asString()).isEqualTo(person.birthDate());
      assertThat(read.get("address").asString()).isEqualTo(person.address());
    }
  }

  /** The whole test database as pg_dump writes it (schema and data, plain SQL). */
  private static String pgDump(Path file) throws Exception {
    String[] hostPort = TestDatabase.hostPort().split(":");
    ProcessBuilder builder = new ProcessBuilder("pg_dump", "--host", hostPort[0], "--port", hostPort[1],
        "--username", TestDatabase.user(), "--no-password", "--file", file.toString(), TestDatabase.NAME)
        .redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", TestDatabase.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("pg_dump: " + output).isZero();
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void aTamperedCiphertextIsAnErrorNamingTheRecordNeverGarbage() throws Exception {
    TestClients.Created client = TestClients.create(context, "customers.read", "customers.write");
    ApiCaller api = ApiCaller.as(httpsPort, client);
    HttpResponse<String> created = api.post("/api/v1/customers", """
        {"type":"person","name":"Tampered Person","birthDate":"1950-06-01","nationality":"DK",
         "countryOfResidence":"DK","address":"Tamper Street 1"}""");
    UUID id = UUID.fromString(json(created).get("id").asString());
    byte[] sealed = jdbc.sql("select address_enc from customer where id = ?").param(id).query(byte[].class).single();
    sealed[sealed.length - 1] ^= 0x01;
    jdbc.sql("update customer set address_enc = ? where id = ?").params(sealed, id).update();

    HttpResponse<String> read = api.get("/api/v1/customers/" + id);
    assertThat(read.statusCode()).isEqualTo(500);
    assertThat(json(read).get("detail").asString())
        .isEqualTo("A stored value cannot be decrypted: customer.address_enc of row " + id + ".");
    assertThat(read.body()).doesNotContain("Tamper Street");
  }
}
