package io.tillid.platform.web;

import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.PublicRoute;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.SignedIn;
import io.tillid.platform.TenantPrincipal;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The policy a controller route declares, and the decision it gives for a principal. A method's
 * annotation overrides its class's; a route with none, or with more than one at the same level,
 * declares nothing usable and is refused (fail closed).
 */
public final class RoutePolicy {

  static final List<Class<? extends Annotation>> KINDS = List.of(PublicRoute.class, SignedIn.class,
      RequiresPermission.class);

  /** The outcome with its reason; {@code required} names the permission or policy for the log. */
  record Decision(boolean allowed, String required, String reason) {
    static Decision allow(String required) {
      return new Decision(true, required, "allowed");
    }

    static Decision deny(String required, String reason) {
      return new Decision(false, required, reason);
    }
  }

  private RoutePolicy() {}

  /** The policy annotations that govern the route: the method's if it has any, else its class's. */
  public static List<Annotation> declared(HandlerMethod handler) {
    List<Annotation> onMethod = on(handler.getMethod());
    return onMethod.isEmpty() ? on(handler.getBeanType()) : onMethod;
  }

  static Decision decide(HandlerMethod handler, Optional<TenantPrincipal> signedIn, PermissionChecker permissions) {
    List<Annotation> policies = declared(handler);
    if (policies.size() != 1) {
      return Decision.deny("none", policies.isEmpty() ? "no-policy" : "ambiguous-policy");
    }
    Annotation policy = policies.get(0);
    if (policy instanceof PublicRoute) {
      return Decision.allow("public");
    }
    if (signedIn.isEmpty()) {
      return Decision.deny(policy instanceof RequiresPermission p ? p.value() : "signed-in", "not-signed-in");
    }
    if (policy instanceof SignedIn) {
      return Decision.allow("signed-in");
    }
    String permission = ((RequiresPermission) policy).value();
    if (!Permissions.ALL.contains(permission)) {
      return Decision.deny(permission, "unknown-permission");
    }
    return permissions.has(signedIn.get(), permission) ? Decision.allow(permission)
        : Decision.deny(permission, "missing-permission");
  }

  private static List<Annotation> on(AnnotatedElement element) {
    List<Annotation> found = new ArrayList<>();
    for (Class<? extends Annotation> kind : KINDS) {
      Annotation annotation = AnnotatedElementUtils.findMergedAnnotation(element, kind);
      if (annotation != null) {
        found.add(annotation);
      }
    }
    return found;
  }
}
