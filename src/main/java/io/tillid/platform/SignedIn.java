package io.tillid.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route needs a fully signed-in principal and no permission: it acts only on the principal's
 * own account (its password, second factor, sessions) or shows nothing tenant-owned.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SignedIn {
  /** Why no permission is needed. */
  String value();
}
