package io.tillid.platform;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after which the next page of a list starts: the last item's time and id (the lists'
 * keyset order), carried to the client as an opaque {@code nextCursor}. The time keeps its full
 * precision, so no item that shares the last item's millisecond is skipped or repeated.
 */
public record PageCursor(Instant at, UUID id) {

  /** The cursor as the API hands it out. */
  public String encode() {
    String position = at + "|" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A cursor the API gave out, or null for none.
   *
   * @throws BadInputException naming the parameter {@code cursor} when it is not one
   */
  public static PageCursor decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("no separator");
      }
      return new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new BadInputException("The parameter 'cursor' is not a cursor this API gave out.", e);
    }
  }

  /**
   * The page size asked for: {@code defaultLimit} when none.
   *
   * @throws BadInputException naming the parameter {@code limit} when outside 1..max
   */
  public static int limit(Integer limit, int defaultLimit, int max) {
    int size = limit == null ? defaultLimit : limit;
    if (size < 1 || size > max) {
      throw new BadInputException("The parameter 'limit' must be between 1 and " + max + ".");
    }
    return size;
  }
}
