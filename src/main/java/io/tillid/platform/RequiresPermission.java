package io.tillid.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route needs a signed-in principal holding this permission (one of {@link Permissions}).
 * Every controller route declares exactly one of {@code RequiresPermission}, {@link SignedIn} or
 * {@link PublicRoute}; a route without one is refused at run time and fails the build's route
 * inventory test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {
  String value();
}
