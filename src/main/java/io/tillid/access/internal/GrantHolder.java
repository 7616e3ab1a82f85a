package io.tillid.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/**
 * Who can hold attribute grants and is managed on a page of its own: a user ({@code user:UUID},
 * on Users) or an API client ({@code client:UUID}, on API clients). Both share one grants page and
 * one use case; the kind decides the principal id, the existence check and the links.
 */
enum GrantHolder {
  USER("user", "/admin/users"),
  CLIENT("client", "/admin/clients");

  private final String type;
  private final String listPath;

  GrantHolder(String type, String listPath) {
    this.type = type;
    this.listPath = listPath;
  }

  /** The API's collection of this kind. */
  static final String API_CLIENTS = "/api/v1/clients/";

  /** The kind the request's path names (the grants page and API are mapped under both lists). */
  static GrantHolder of(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith(CLIENT.listPath + "/") || path.startsWith(API_CLIENTS) ? CLIENT : USER;
  }

  /** The principal id grants are stored under, and the audit trail's target type. */
  String principalOf(UUID id) {
    return type + ":" + id;
  }

  String type() {
    return type;
  }

  String listPath() {
    return listPath;
  }

  String grantsPath(UUID id) {
    return listPath + "/" + id + "/grants";
  }
}
