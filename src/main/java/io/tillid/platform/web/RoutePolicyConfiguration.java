package io.tillid.platform.web;

import io.tillid.platform.PermissionChecker;
import io.tillid.platform.SignInStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the route policy in front of every controller, before any other interceptor. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RoutePolicyConfiguration implements WebMvcConfigurer {

  private final SignInStatus signInStatus;
  private final PermissionChecker permissions;

  RoutePolicyConfiguration(SignInStatus signInStatus, PermissionChecker permissions) {
    this.signInStatus = signInStatus;
    this.permissions = permissions;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new RoutePolicyInterceptor(signInStatus, permissions)).order(Ordered.HIGHEST_PRECEDENCE);
  }
}
