package io.tillid.identity.internal;

import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Remembers the language a signed-in user uses the web UI in (the browser's, or the one chosen
 * with {@code ?lang=}), so mail sent without a request, such as review reminders, is in it. Written
 * once per session and again on each switch: the session keeps what was stored last.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class LanguageMemory implements WebMvcConfigurer {

  private static final String STORED = LanguageMemory.class.getName() + ".stored";

  private final JdbcUserContacts contacts;

  LanguageMemory(JdbcUserContacts contacts) {
    this.contacts = contacts;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
          ModelAndView view) {
        remember(request);
      }
    });
  }

  private void remember(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (session == null || authentication == null
        || !(authentication.getPrincipal() instanceof SignedInPrincipal principal)
        || principal.tenantId().isPlatform()) {
      return;
    }
    String language = RequestContextUtils.getLocale(request).getLanguage();
    if (!"da".equals(language)) {
      language = Locale.ENGLISH.getLanguage();
    }
    if (language.equals(session.getAttribute(STORED))) {
      return;
    }
    UUID userId = PrincipalIds.uuidAfter("user:", ((TenantPrincipal) principal).principalId()).orElse(null);
    if (userId != null) {
      String chosen = language;
      TenantScope.run(principal.tenantId(), () -> contacts.rememberLanguage(principal.tenantId(), userId, chosen));
      session.setAttribute(STORED, language);
    }
  }
}
