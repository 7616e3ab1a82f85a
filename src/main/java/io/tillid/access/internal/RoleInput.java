package io.tillid.access.internal;

import io.tillid.platform.BadInputException;
import io.tillid.platform.Permissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a role form submits, checked: a name of 1 to 100 characters and permissions from the catalogue. */
record RoleInput(String name, Set<String> permissions) {

  static final int MAX_NAME = 100;

  RoleInput {
    permissions = Set.copyOf(permissions);
  }

  /** Throws {@link BadInputException} with a message key; never echoes the input. */
  static RoleInput of(String name, List<String> permissions) {
    String stripped = name == null ? "" : name.strip();
    int length = stripped.codePointCount(0, stripped.length());
    if (length == 0 || length > MAX_NAME || stripped.codePoints().anyMatch(Character::isISOControl)) {
      throw new BadInputException("roles.error.name");
    }
    Set<String> chosen = new TreeSet<>(permissions == null ? List.of() : permissions);
    if (chosen.isEmpty() || !Permissions.ALL.containsAll(chosen)) {
      throw new BadInputException("roles.error.permissions");
    }
    return new RoleInput(stripped, chosen);
  }
}
