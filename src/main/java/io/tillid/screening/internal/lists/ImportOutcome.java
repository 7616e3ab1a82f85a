package io.tillid.screening.internal.lists;

/**
 * What an import did: a new version, or none because the file is the one the current version was
 * imported from.
 */
public record ImportOutcome(ListVersion version, boolean unchanged) {}
