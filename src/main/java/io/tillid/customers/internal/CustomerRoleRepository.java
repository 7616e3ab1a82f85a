package io.tillid.customers.internal;

import io.tillid.platform.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer_role} rows of a tenant: who holds which role in a company, by which source. */
@Repository
class CustomerRoleRepository {

  /** A stored role: {@code member} holds {@code role} in the company, as {@code source} said. */
  record StoredRole(UUID member, String role, String source, String detail) {}

  private final JdbcClient jdbc;

  CustomerRoleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Forgets what {@code source} said about the company's roles (a new lookup says it again). */
  void forgetSource(TenantId tenant, UUID company, String source) {
    jdbc.sql("delete from customer_role where tenant_id = ? and company_id = ? and source = ?")
        .params(tenant.value(), company, source).update();
  }

  /** Records the role unless the member already holds it in the company. */
  boolean add(TenantId tenant, UUID company, UUID member, String role, String source, String detail, String by) {
    boolean held = jdbc.sql("select count(*) from customer_role where tenant_id = ? and company_id = ? "
        + "and member_id = ? and role = ?").params(tenant.value(), company, member, role).query(Integer.class)
        .single() > 0;
    if (held) {
      return false;
    }
    jdbc.sql("""
        insert into customer_role (tenant_id, company_id, member_id, role, source, detail, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tenant.value(), company, member, role, source, detail, by, Timestamp.from(Instant.now())).update();
    return true;
  }

  List<StoredRole> ofCompany(TenantId tenant, UUID company) {
    return jdbc.sql("select member_id, role, source, detail from customer_role where tenant_id = ? and company_id = ? "
            + "order by created_at, member_id, role")
        .params(tenant.value(), company)
        .query((rs, n) -> new StoredRole(rs.getObject("member_id", UUID.class), rs.getString("role"),
            rs.getString("source"), rs.getString("detail")))
        .list();
  }

  /** The companies in which the customer holds any role. */
  List<UUID> companiesOf(TenantId tenant, UUID member) {
    return jdbc.sql("select distinct company_id from customer_role where tenant_id = ? and member_id = ? "
            + "order by company_id")
        .params(tenant.value(), member).query(UUID.class).list();
  }
}
