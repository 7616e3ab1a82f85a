package io.tillid.identity.internal;

import java.util.Locale;

/**
 * What kind of API client: a service acting as itself (client credentials), or a third-party
 * application that users authorize to act for them (authorization code with PKCE), either
 * confidential (it keeps a secret) or public (a native or browser app that cannot).
 */
enum ClientType {
  SERVICE, CONFIDENTIAL, PUBLIC;

  boolean isApplication() {
    return this != SERVICE;
  }

  String stored() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ClientType of(String stored) {
    return valueOf(stored.toUpperCase(Locale.ROOT));
  }
}
