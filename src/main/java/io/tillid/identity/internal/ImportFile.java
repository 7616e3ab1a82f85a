package io.tillid.identity.internal;

import io.tillid.identity.ImportedGrants;
import java.util.List;

/**
 * The import file as parsed, before validation: any field may be null. The records holding
 * e-mail addresses, names, passwords or secrets mask them in {@code toString()}.
 */
record ImportFile(List<Tenant> tenants, Platform platform) {

  List<Tenant> tenantsOrEmpty() {
    return tenants == null ? List.of() : tenants;
  }

  List<Admin> adminsOrEmpty() {
    return platform == null || platform.admins() == null ? List.of() : platform.admins();
  }

  record Tenant(String slug, String name, List<User> users, List<Client> clients) {

    List<User> usersOrEmpty() {
      return users == null ? List.of() : users;
    }

    List<Client> clientsOrEmpty() {
      return clients == null ? List.of() : clients;
    }
  }

  record User(String email, String name, String password, List<String> roles, ImportedGrants.Values grants) {

    List<String> rolesOrEmpty() {
      return roles == null ? List.of() : roles;
    }

    @Override
    public String toString() {
      return "User[masked]";
    }
  }

  /** An API client; {@code grants} is optional: absent leaves the client's grants as they are. */
  /**
   * A client: a service (the default; client credentials) or, with {@code type} confidential or
   * public, a third-party application with its exact {@code redirectUris} (a public one has no secret).
   */
  record Client(String clientId, String clientSecret, List<String> scopes, ImportedGrants.Values grants, String type,
      List<String> redirectUris) {

    List<String> scopesOrEmpty() {
      return scopes == null ? List.of() : scopes;
    }

    ClientType typeOrService() {
      return type == null ? ClientType.SERVICE : ApplicationRegistration.typeOf(type).orElse(ClientType.SERVICE);
    }

    /** The redirect URIs as stored: sorted, space-separated; null for a service. */
    String storedRedirectUris() {
      return typeOrService().isApplication() && redirectUris != null
          ? String.join(" ", new java.util.TreeSet<>(redirectUris)) : null;
    }

    @Override
    public String toString() {
      return "Client[masked]";
    }
  }

  record Platform(List<Admin> admins) {}

  record Admin(String email, String name, String password) {

    @Override
    public String toString() {
      return "Admin[masked]";
    }
  }
}
