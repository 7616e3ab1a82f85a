package io.tillid.screening.internal.lists;

import java.time.Instant;

/**
 * One imported version of a list.
 *
 * @param list the list's name ({@code ofac-sdn}, {@code un}, ...)
 * @param version 1, 2, ... per list
 * @param format the source format it was imported from ({@code ofac-csv}, ...)
 * @param fileSha256 SHA-256 of the imported file (for a folder: of its files in name order)
 * @param entities how many entries the version holds
 */
public record ListVersion(String list, int version, String format, Instant importedAt, String fileSha256, int entities,
    int added, int changed, int removed) {}
