package io.tillid.identity.internal;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared page header needs to know of the signed-in user: which links to show. */
@ControllerAdvice(basePackages = "io.tillid")
class NavigationModel {

  @ModelAttribute("canAdministerUsers")
  boolean canAdministerUsers(Authentication authentication) {
    return authentication != null && authentication.getAuthorities().stream()
        .anyMatch(authority -> "ROLE_administrator".equals(authority.getAuthority()));
  }
}
