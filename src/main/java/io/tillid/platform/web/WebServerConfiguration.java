package io.tillid.platform.web;

import io.tillid.platform.PlatformProperties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web server: HTTPS on the main port, a plain HTTP connector that only redirects, a quiet
 * container error page, and the filters every request passes first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebServerConfiguration {

  private final AtomicReference<Connector> redirectConnector = new AtomicReference<>();

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> httpRedirectConnector(PlatformProperties properties) {
    return factory -> {
      Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
      connector.setScheme("http");
      connector.setSecure(false);
      connector.setPort(properties.web().httpPort());
      connector.setProperty("server", " ");
      connector.setXpoweredBy(false);
      factory.addAdditionalConnectors(connector);
      redirectConnector.set(connector);
      factory.addContextCustomizers(context -> {
        if (context.getParent() instanceof StandardHost host) {
          host.setErrorReportValveClass(QuietErrorReportValve.class.getName());
        }
      });
    };
  }

  /** After Spring Security (order -100), so the principal and its tenant scope are known. */
  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(new IdempotencyFilter(new IdempotencyStore(jdbc)));
    registration.setOrder(-90);
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
    FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<HttpsRedirectFilter> httpsRedirectFilter(PlatformProperties properties,
      org.springframework.beans.factory.ObjectProvider<org.springframework.boot.web.server.context.WebServerApplicationContext> context) {
    HttpsRedirectFilter filter = new HttpsRedirectFilter(() -> {
      var server = context.getIfAvailable();
      var webServer = server == null ? null : server.getWebServer();
      return webServer == null ? properties.web().httpsPort() : webServer.getPort();
    }, () -> {
      Connector connector = redirectConnector.get();
      return connector == null ? -1 : connector.getLocalPort();
    });
    FilterRegistrationBean<HttpsRedirectFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(PlatformProperties properties) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.web().maxRequestBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /** Tomcat's own error page, for the few errors Spring never sees: no report, no server name. */
  public static class QuietErrorReportValve extends ErrorReportValve {
    public QuietErrorReportValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }
  }
}
