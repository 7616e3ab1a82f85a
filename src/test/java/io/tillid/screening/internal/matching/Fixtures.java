package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityName;
import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.Identifier;
import io.tillid.screening.internal.lists.PartialDate;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds list entities for tests: {@code Fixtures.person("ofac-sdn", "1", "PUTIN, Vladimir").born("1952-10-07").build()}. */
public final class Fixtures {

  private final String source;
  private final String id;
  private final EntityType type;
  private final List<EntityName> names = new ArrayList<>();
  private final List<PartialDate> birthDates = new ArrayList<>();
  private final List<String> countries = new ArrayList<>();
  private final List<Identifier> identifiers = new ArrayList<>();

  private Fixtures(String source, String id, EntityType type, String name) {
    this.source = source;
    this.id = id;
    this.type = type;
    names.add(new EntityName(name, false));
  }

  public static Fixtures person(String source, String id, String name) {
    return new Fixtures(source, id, EntityType.PERSON, name);
  }

  public static Fixtures organization(String source, String id, String name) {
    return new Fixtures(source, id, EntityType.ORGANIZATION, name);
  }

  public Fixtures alias(String name) {
    names.add(new EntityName(name, false));
    return this;
  }

  public Fixtures weakAlias(String name) {
    names.add(new EntityName(name, true));
    return this;
  }

  public Fixtures born(String date) {
    birthDates.add(PartialDate.parse(date));
    return this;
  }

  public Fixtures country(String code) {
    countries.add(code);
    return this;
  }

  public Fixtures identifier(String kind, String value) {
    identifiers.add(new Identifier(kind, value, null));
    return this;
  }

  public WatchlistEntity build() {
    return new WatchlistEntity(source, id, type, names, birthDates, Set.copyOf(countries), identifiers, Set.of("TEST"));
  }

  /** A small list with the cases the tests need. */
  public static List<WatchlistEntity> sampleList() {
    return List.of(
        person("ofac-sdn", "35096", "PUTIN, Vladimir Vladimirovich").alias("Владимир Владимирович Путин")
            .born("1952-10-07").country("RU").build(),
        person("un", "QDi.001", "Vladimir Biliy").born("1970").country("UA").build(),
        person("ofac-sdn", "7001", "MUHAMMAD, Ali Hassan").weakAlias("Abu Ali").born("1965").country("IQ")
            .identifier("passport", "A1234567").build(),
        organization("ofac-sdn", "9001", "Rosneft Oil Company").alias("OAO Rosneft").country("RU").build(),
        organization("us-csl", "E-17", "Tactical Missiles Corporation JSC").country("RU").build(),
        person("un", "QDi.002", "Kim Jong Un").alias("김정은").born("1984-01-08").country("KP").build(),
        person("ofac-sdn", "5555", "Xi Jinping").country("CN").build());
  }

}
