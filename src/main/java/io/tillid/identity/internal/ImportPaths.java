package io.tillid.identity.internal;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Writes a Jackson reference chain as the paths our messages use: {@code tenants[1].users[0].email}. */
final class ImportPaths {

  private ImportPaths() {}

  static String of(List<JacksonException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getPropertyName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(reference.getPropertyName());
      }
    }
    return out.toString();
  }
}
