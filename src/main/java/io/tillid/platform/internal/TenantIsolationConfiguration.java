package io.tillid.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database half of tenant isolation, on PostgreSQL: the application's pool connects as the
 * login role but works as {@code tillid_app} (made by migration V6_1), which owns no table and is
 * subject to row-level security; each checkout carries the current tenant scope. Flyway has a
 * connection of its own (spring.flyway.url), so migrations still run as the owner. H2 (start-dev)
 * has no row-level security and is left alone.
 */
@Configuration(proxyBeanMethods = false)
class TenantIsolationConfiguration {

  static final String APP_ROLE = "tillid_app";

  @Bean
  static BeanPostProcessor tenantScopedDataSources() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())) {
          pool.setConnectionInitSql("SET ROLE " + APP_ROLE);
          return new TenantScopedDataSource(pool);
        }
        return bean;
      }
    };
  }

  static boolean isPostgres(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
  }
}
