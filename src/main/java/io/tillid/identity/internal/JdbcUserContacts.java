package io.tillid.identity.internal;

import io.tillid.identity.UserContacts;
import io.tillid.platform.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads users' addresses and languages from {@code app_user}, and remembers the language a user uses. */
@Component
class JdbcUserContacts implements UserContacts {

  private final JdbcClient jdbc;

  JdbcUserContacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Contact> active(TenantId tenant) {
    return jdbc.sql("select id, email, language from app_user where tenant_id = ? and status = ? order by id")
        .params(tenant.value(), UserRepository.ACTIVE)
        .query((rs, n) -> new Contact(rs.getObject("id", UUID.class), rs.getString("email"),
            rs.getString("language") == null ? Locale.ENGLISH : Locale.forLanguageTag(rs.getString("language"))))
        .list();
  }

  void rememberLanguage(TenantId tenant, UUID userId, String language) {
    jdbc.sql("update app_user set language = ? where tenant_id = ? and id = ?")
        .params(language, tenant.value(), userId).update();
  }
}
