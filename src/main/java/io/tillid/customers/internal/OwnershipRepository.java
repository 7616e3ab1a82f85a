package io.tillid.customers.internal;

import io.tillid.customers.internal.OwnershipGraph.Holding;
import io.tillid.platform.TenantId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer_ownership} holdings of a tenant. */
@Repository
class OwnershipRepository {

  private static final String COLUMNS = "company_id, owner_id, share, voting_share, control_by_other_means";

  private final JdbcClient jdbc;

  OwnershipRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the company's row so that concurrent additions of owners are checked one after the other. */
  void lockCompany(TenantId tenant, UUID company) {
    jdbc.sql("select id from customer where tenant_id = ? and id = ? for update").params(tenant.value(), company)
        .query(UUID.class).optional();
  }

  /** The company's direct holdings (who owns it). */
  List<Holding> ownersOf(TenantId tenant, UUID company) {
    return jdbc.sql("select " + COLUMNS + " from customer_ownership where tenant_id = ? and company_id = ? order by owner_id")
        .params(tenant.value(), company).query(OwnershipRepository::row).list();
  }

  /** Every holding above the company: its owners, their owners, and so on (a cycle ends the walk). */
  List<Holding> holdingsAbove(TenantId tenant, UUID company) {
    return jdbc.sql("""
        with recursive above (company_id, owner_id, share, voting_share, control_by_other_means) as (
            select company_id, owner_id, share, voting_share, control_by_other_means
            from customer_ownership where tenant_id = :tenant and company_id = :company
          union
            select h.company_id, h.owner_id, h.share, h.voting_share, h.control_by_other_means
            from customer_ownership h join above a on h.company_id = a.owner_id
            where h.tenant_id = :tenant)
        select company_id, owner_id, share, voting_share, control_by_other_means from above""")
        .param("tenant", tenant.value()).param("company", company)
        .query(OwnershipRepository::row).list();
  }

  /** The companies the customer holds a share of directly. */
  List<UUID> companiesOwnedBy(TenantId tenant, UUID owner) {
    return jdbc.sql("select company_id from customer_ownership where tenant_id = ? and owner_id = ? order by company_id")
        .params(tenant.value(), owner).query(UUID.class).list();
  }

  /** Adds the holding, or replaces the owner's existing holding in the company. */
  void save(TenantId tenant, Holding holding, String createdBy) {
    jdbc.sql("delete from customer_ownership where tenant_id = ? and company_id = ? and owner_id = ?")
        .params(tenant.value(), holding.company(), holding.owner()).update();
    jdbc.sql("""
        insert into customer_ownership (tenant_id, company_id, owner_id, share, voting_share, control_by_other_means,
            created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tenant.value(), holding.company(), holding.owner(), BigDecimal.valueOf(holding.share()),
            holding.votingShare() == null ? null : BigDecimal.valueOf(holding.votingShare()),
            holding.controlByOtherMeans(), createdBy, Timestamp.from(Instant.now()))
        .update();
  }

  private static Holding row(ResultSet rs, int number) throws SQLException {
    BigDecimal voting = rs.getBigDecimal("voting_share");
    return new Holding(rs.getObject("company_id", UUID.class), rs.getObject("owner_id", UUID.class),
        rs.getBigDecimal("share").doubleValue(), voting == null ? null : voting.doubleValue(),
        rs.getBoolean("control_by_other_means"));
  }
}
