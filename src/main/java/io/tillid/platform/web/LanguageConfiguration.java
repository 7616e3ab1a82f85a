package io.tillid.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Danish or English: the browser's preference first; {@code ?lang=da} or {@code ?lang=en} switches
 * and is remembered in a cookie. Anything else falls back to English.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class LanguageConfiguration implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("da"));

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("__Host-tillid-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSecure(true);
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(request -> {
      for (Locale preferred : java.util.Collections.list(request.getLocales())) {
        for (Locale supported : SUPPORTED) {
          if (supported.getLanguage().equals(preferred.getLanguage())) {
            return supported;
          }
        }
      }
      return Locale.ENGLISH;
    });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(new SupportedOnly(interceptor));
  }

  /** Only the two languages Tillid speaks may be chosen. */
  private record SupportedOnly(LocaleChangeInterceptor delegate) implements org.springframework.web.servlet.HandlerInterceptor {
    @Override
    public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
        jakarta.servlet.http.HttpServletResponse response, Object handler) throws jakarta.servlet.ServletException {
      String lang = request.getParameter("lang");
      if (lang == null || SUPPORTED.stream().noneMatch(locale -> locale.getLanguage().equals(lang))) {
        return true;
      }
      return delegate.preHandle(request, response, handler);
    }
  }
}
