package io.tillid.screening.internal.lists;

/**
 * A list file that cannot be read as its format: the message names the position (file and line,
 * XML element or JSON line) and the problem, never the content found there.
 */
public class ListFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  public ListFormatException(String position, String problem) {
    super(position + ": " + problem);
  }
}
