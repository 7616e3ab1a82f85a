package io.tillid.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Logs a refusal to show or change one object: another tenant's, not granted, or missing (the
 * caller cannot tell which, and answers 404 for all). One structured line with the principal id,
 * the object's type and id and the reason; never a name or e-mail address.
 */
public final class AccessDenials {

  private static final Logger LOG = LoggerFactory.getLogger("io.tillid.access.denied");

  private AccessDenials() {}

  /** Logs the refusal of the object named by the request's {@code id} path variable. */
  public static void objectNotVisible(String objectType, jakarta.servlet.http.HttpServletRequest request) {
    Object variables = request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    objectNotVisible(objectType, variables instanceof java.util.Map<?, ?> map && map.get("id") != null
        ? String.valueOf(map.get("id")) : null);
  }

  public static void objectNotVisible(String objectType, String objectId) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    String principal = authentication != null && authentication.getPrincipal() instanceof TenantPrincipal signedIn
        ? signedIn.principalId() : "anonymous";
    LOG.atWarn().setMessage("access denied")
        .addKeyValue("principalId", principal)
        .addKeyValue("objectType", objectType)
        .addKeyValue("objectId", objectId != null && objectId.matches("[0-9a-fA-F-]{1,64}") ? objectId : "-")
        .addKeyValue("reason", "not-visible-to-principal")
        .log();
  }
}
