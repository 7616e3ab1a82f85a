package io.tillid.identity;

import io.tillid.platform.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * How to reach a tenant's users by mail, for modules that notify them on their own (such as review
 * reminders): their address and the language they use Tillid in.
 */
public interface UserContacts {

  /**
   * An active user's address and language: the language last used in the web UI (English until the
   * user has used it).
   */
  record Contact(UUID userId, String email, Locale language) {

    /** The principal id the user acts as ({@code user:UUID}), for permission and grant checks. */
    public String principalId() {
      return "user:" + userId;
    }

    @Override
    public String toString() {
      return "Contact[" + userId + "]";
    }
  }

  /** The tenant's active users, by id. */
  List<Contact> active(TenantId tenant);
}
