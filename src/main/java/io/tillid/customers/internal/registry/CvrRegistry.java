package io.tillid.customers.internal.registry;

import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Danish Central Business Register through its "System-til-system adgang": Elasticsearch,
 * {@code POST {url}/cvr-permanent/virksomhed/_search} with a term query on
 * {@code Vrvirksomhed.cvrNummer}, HTTP basic credentials from the Danish Business Authority.
 */
public final class CvrRegistry implements CompanyRegistry {

  private static final Pattern CVR_NUMBER = Pattern.compile("\\d{8}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RegistryClient client;

  public CvrRegistry(RegistryClient client) {
    this.client = client;
  }

  @Override
  public String id() {
    return CvrParser.REGISTRY;
  }

  @Override
  public Optional<RegistryCompany> lookup(String registrationNumber) {
    String number = registrationNumber == null ? "" : registrationNumber.replace(" ", "").strip();
    if (!CVR_NUMBER.matcher(number).matches()) {
      throw new InvalidRegistrationNumber("a CVR number of 8 digits");
    }
    ObjectNode query = JSON.createObjectNode();
    query.putObject("query").putObject("term").put("Vrvirksomhed.cvrNummer", Long.parseLong(number));
    return client.post("/cvr-permanent/virksomhed/_search", query).flatMap(answer -> CvrParser.parse(answer, number));
  }
}
