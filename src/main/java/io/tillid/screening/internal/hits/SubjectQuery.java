package io.tillid.screening.internal.hits;

import io.tillid.screening.ScreeningSubject;
import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.PartialDate;
import io.tillid.screening.internal.matching.ScreeningQuery;
import java.util.Set;

/** A customer as the matching engine queries it. */
public final class SubjectQuery {

  /** How many matches one customer's screening keeps. */
  public static final int LIMIT = 20;

  private SubjectQuery() {}

  public static ScreeningQuery of(ScreeningSubject subject) {
    PartialDate birth = subject.birthDate() == null ? null : new PartialDate(subject.birthDate().getYear(),
        subject.birthDate().getMonthValue(), subject.birthDate().getDayOfMonth());
    return new ScreeningQuery(subject.name(), subject.company() ? EntityType.ORGANIZATION : EntityType.PERSON, birth,
        subject.countries(), subject.identifiers(), Set.of());
  }
}
