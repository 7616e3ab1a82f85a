package io.tillid.screening.internal.lists;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The list formats by their source id. */
public final class ListParsers {

  private final Map<String, ListParser> bySource = new TreeMap<>();

  public ListParsers(List<ListParser> parsers) {
    parsers.forEach(parser -> bySource.put(parser.source(), parser));
  }

  /** Every format Tillid reads. */
  public static ListParsers all() {
    return new ListParsers(List.of(new OfacCsvParser(), new OfacXmlParser(), new UnXmlParser(), new UsCslParser(),
        new BisDplParser(), new FtmParser(), new SenzingParser(), new DkPepParser(), new EuXmlParser(),
        new UkCsvParser()));
  }

  public Optional<ListParser> forSource(String source) {
    return Optional.ofNullable(bySource.get(source));
  }

  /** The source ids, sorted. */
  public List<String> sources() {
    return List.copyOf(bySource.keySet());
  }
}
