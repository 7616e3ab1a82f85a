package io.tillid.identity.internal;

import java.util.EnumMap;
import java.util.Map;

/** Tallies what an import did, for its one-line summary. */
final class ImportSummary {

  enum Kind {
    TENANT("tenant", "tenants"), USER("user", "users"), CLIENT("client", "clients"),
    ADMIN("platform admin", "platform admins");

    private final String one;
    private final String many;

    Kind(String one, String many) {
      this.one = one;
      this.many = many;
    }

    String count(int n) {
      return n + " " + (n == 1 ? one : many);
    }
  }

  enum Outcome { CREATED, UPDATED, UNCHANGED }

  private final Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
  private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);

  void count(Kind kind, Outcome outcome) {
    kinds.merge(kind, 1, Integer::sum);
    outcomes.merge(outcome, 1, Integer::sum);
  }

  int of(Kind kind) {
    return kinds.getOrDefault(kind, 0);
  }

  int of(Outcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }

  @Override
  public String toString() {
    return "import: " + Kind.TENANT.count(of(Kind.TENANT)) + ", " + Kind.USER.count(of(Kind.USER)) + ", "
        + Kind.CLIENT.count(of(Kind.CLIENT)) + ", " + Kind.ADMIN.count(of(Kind.ADMIN)) + " ("
        + of(Outcome.CREATED) + " created, " + of(Outcome.UPDATED) + " updated, "
        + of(Outcome.UNCHANGED) + " unchanged)";
  }
}
