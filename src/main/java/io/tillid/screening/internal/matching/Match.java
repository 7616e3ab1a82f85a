package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.WatchlistEntity;

/**
 * A listed entity that matches a query.
 *
 * @param entity the listed entity
 * @param matchedName the name of the entity that matched best, as the list writes it
 * @param score 0 to 1, rounded to four decimals
 * @param explanation why: the name parts paired and every other factor's contribution
 */
public record Match(WatchlistEntity entity, String matchedName, double score, Explanation explanation) {}
