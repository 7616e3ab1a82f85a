package io.tillid.screening.internal.lists;

/** Told how many entities a parser has read so far, every {@link #EVERY} entities and at the end. */
@FunctionalInterface
public interface ParseProgress {

  /** How often a parser reports. */
  int EVERY = 2_000;

  /** Does nothing. */
  ParseProgress NONE = count -> { };

  void entitiesRead(int count);
}
