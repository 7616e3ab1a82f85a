package io.tillid.customers.internal;

import io.tillid.access.DatasetAttributes;
import io.tillid.access.DatasetColumns;
import io.tillid.access.SqlPredicate;
import io.tillid.platform.PageCursor;
import io.tillid.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code customer} table. Every query names its tenant; lists also take the principal's grant
 * predicate, so what a principal may not see is never read.
 */
@Repository
class CustomerRepository {

  static final DatasetColumns COLUMNS = DatasetColumns.DEFAULT;

  private static final String COLUMNS_READ = """
      id, type, name, birth_date_enc, nationality, country_of_residence, national_id_enc, national_id_index,
             address_enc, registration_number, country, industry_code, legal_form, relationship_purpose,
             source_of_funds, pep_self_declared, business_unit, sensitivity, jurisdiction, created_by, created_at,
             relationship_ended_on, product, channel""";

  private static final String SELECT = "select " + COLUMNS_READ + " from customer";

  private final JdbcClient jdbc;

  CustomerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TenantId tenant, StoredCustomer c) {
    Timestamp created = Timestamp.from(c.createdAt());
    fields(jdbc.sql("""
        insert into customer (tenant_id, id, type, name, birth_date_enc, nationality, country_of_residence,
            national_id_enc, national_id_index, address_enc, registration_number, country, industry_code, legal_form,
            relationship_purpose, source_of_funds, pep_self_declared, business_unit, sensitivity, jurisdiction,
            product, channel, created_by, created_at, updated_at)
        values (:tenant, :id, :type, :name, :birthDate, :nationality, :residence, :nationalId, :nationalIdIndex,
            :address, :registrationNumber, :country, :industryCode, :legalForm, :purpose, :funds, :pep,
            :businessUnit, :sensitivity, :jurisdiction, :product, :channel, :createdBy, :created, :created)""")
        .param("tenant", tenant.value()).param("id", c.id()).param("type", c.type().value()), c)
        .param("createdBy", c.createdBy()).param("created", created)
        .update();
  }

  /**
   * Stores the customer's fields (not its type, creation or relationship end) if its version is
   * still {@code expectedVersion}, and raises the version; false when it is not (changed meanwhile).
   */
  boolean update(TenantId tenant, StoredCustomer c, long expectedVersion) {
    return fields(jdbc.sql("""
        update customer set name = :name, birth_date_enc = :birthDate, nationality = :nationality,
            country_of_residence = :residence, national_id_enc = :nationalId, national_id_index = :nationalIdIndex,
            address_enc = :address, registration_number = :registrationNumber, country = :country,
            industry_code = :industryCode, legal_form = :legalForm, relationship_purpose = :purpose,
            source_of_funds = :funds, pep_self_declared = :pep, business_unit = :businessUnit,
            sensitivity = :sensitivity, jurisdiction = :jurisdiction, product = :product, channel = :channel,
            updated_at = current_timestamp,
            version = version + 1
        where tenant_id = :tenant and id = :id and version = :version""")
        .param("tenant", tenant.value()).param("id", c.id()).param("version", expectedVersion), c)
        .update() == 1;
  }

  /** Binds the customer's own fields (those an edit may change) to their named parameters. */
  private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec statement, StoredCustomer c) {
    return statement.param("name", c.name())
        .param("birthDate", c.birthDate()).param("nationality", c.nationality())
        .param("residence", c.countryOfResidence()).param("nationalId", c.nationalId())
        .param("nationalIdIndex", c.nationalIdIndex()).param("address", c.address())
        .param("registrationNumber", c.registrationNumber()).param("country", c.country())
        .param("industryCode", c.industryCode()).param("legalForm", c.legalForm())
        .param("purpose", c.relationshipPurpose()).param("funds", c.sourceOfFunds()).param("pep", c.pepSelfDeclared())
        .param("businessUnit", c.attributes().businessUnit()).param("sensitivity", c.attributes().sensitivity())
        .param("jurisdiction", c.attributes().jurisdiction()).param("product", c.product())
        .param("channel", c.channel());
  }

  /** The customer's version, raised by every edit (0 when never edited). */
  long version(TenantId tenant, UUID id) {
    return jdbc.sql("select version from customer where tenant_id = ? and id = ?").params(tenant.value(), id)
        .query(Long.class).optional().orElseThrow(CustomerNotFound::new);
  }

  /** The customer, whatever its attributes: the caller checks them against the principal's grants. */
  Optional<StoredCustomer> find(TenantId tenant, UUID id) {
    return jdbc.sql(SELECT + " where tenant_id = ? and id = ?").params(tenant.value(), id)
        .query(CustomerRepository::row).optional();
  }

  /** The customers with these ids, whatever their attributes (the caller decides what to show). */
  List<StoredCustomer> byIds(TenantId tenant, java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where tenant_id = :tenant and id in (:ids)").param("tenant", tenant.value())
        .param("ids", List.copyOf(ids)).query(CustomerRepository::row).list();
  }

  /** Records when the customer's next periodic review is due (from its latest risk assessment). */
  void setNextReviewDue(TenantId tenant, UUID id, java.time.LocalDate due) {
    jdbc.sql("update customer set next_review_due = ? where tenant_id = ? and id = ?").params(due, tenant.value(), id)
        .update();
  }

  /**
   * Up to {@code limit} of the tenant's customers whose relationship has not ended (the ones ongoing
   * screening monitors), by id, after {@code after} if given.
   */
  List<StoredCustomer> monitored(TenantId tenant, UUID after, int limit) {
    return jdbc.sql(SELECT + " where tenant_id = :tenant and relationship_ended_on is null"
            + (after == null ? "" : " and id > :after") + " order by id limit :limit")
        .param("tenant", tenant.value()).param("after", after).param("limit", limit)
        .query(CustomerRepository::row).list();
  }

  /** How many of the tenant's customers have a relationship that has not ended. */
  int countMonitored(TenantId tenant) {
    return jdbc.sql("select count(*) from customer where tenant_id = ? and relationship_ended_on is null")
        .param(tenant.value()).query(Integer.class).single();
  }

  /** A customer whose review is due, and when. */
  record ReviewDue(StoredCustomer customer, java.time.LocalDate dueOn) {}

  /**
   * The customers the grants permit whose next review is due on or before {@code until}, the most
   * overdue first; customers whose relationship has ended are not reviewed.
   */
  List<ReviewDue> reviewsDue(TenantId tenant, SqlPredicate grants, java.time.LocalDate until, int limit) {
    return jdbc.sql("select " + COLUMNS_READ + ", next_review_due from customer"
            + " where tenant_id = :tenant and next_review_due <= :until and relationship_ended_on is null and "
            + grants.sql() + " order by next_review_due, id limit :limit")
        .params(grants.parameters()).param("tenant", tenant.value()).param("until", until).param("limit", limit)
        .query((rs, n) -> new ReviewDue(row(rs, n), rs.getObject("next_review_due", java.time.LocalDate.class)))
        .list();
  }

  /** Customers (ids only, no grants) whose next review falls from {@code from} to {@code until}. */
  List<io.tillid.customers.CustomerDirectory.ReviewFalling> reviewsFalling(TenantId tenant, java.time.LocalDate from,
      java.time.LocalDate until, int limit) {
    return jdbc.sql("select id, next_review_due from customer where tenant_id = :tenant and next_review_due >= :from"
            + " and next_review_due <= :until and relationship_ended_on is null order by next_review_due, id limit :limit")
        .param("tenant", tenant.value()).param("from", from).param("until", until).param("limit", limit)
        .query((rs, n) -> new io.tillid.customers.CustomerDirectory.ReviewFalling(rs.getObject("id", UUID.class),
            rs.getObject("next_review_due", java.time.LocalDate.class)))
        .list();
  }

  /** Where a page of the listing starts: after this customer, in (created_at, id) order. */
  /**
   * Up to {@code limit} customers the grants permit, oldest first, after {@code after} if given,
   * whose name contains {@code nameContains} (case-insensitive) if given.
   */
  List<StoredCustomer> page(TenantId tenant, SqlPredicate grants, String nameContains, PageCursor after, int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where tenant_id = :tenant and ").append(grants.sql());
    Map<String, Object> params = new HashMap<>(grants.parameters());
    params.put("tenant", tenant.value());
    if (nameContains != null) {
      sql.append(" and lower(name) like :name escape '\\'");
      params.put("name", "%" + escapeLike(nameContains.toLowerCase(Locale.ROOT)) + "%");
    }
    if (after != null) {
      sql.append(" and (created_at > :afterTime or (created_at = :afterTime and id > :afterId))");
      params.put("afterTime", Timestamp.from(after.at()));
      params.put("afterId", after.id());
    }
    sql.append(" order by created_at, id limit :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString()).params(params).query(CustomerRepository::row).list();
  }

  /** The customers the grants permit whose national id has this blind index. */
  List<StoredCustomer> byNationalIdIndex(TenantId tenant, SqlPredicate grants, byte[] index) {
    return jdbc.sql(SELECT + " where tenant_id = :tenant and national_id_index = :index and " + grants.sql()
            + " order by created_at, id limit 100")
        .params(grants.parameters()).param("tenant", tenant.value()).param("index", index)
        .query(CustomerRepository::row).list();
  }

  /** The customers the grants permit with this registration number. */
  List<StoredCustomer> byRegistrationNumber(TenantId tenant, SqlPredicate grants, String registrationNumber) {
    return jdbc.sql(SELECT + " where tenant_id = :tenant and registration_number = :number and " + grants.sql()
            + " order by created_at, id limit 100")
        .params(grants.parameters()).param("tenant", tenant.value()).param("number", registrationNumber)
        .query(CustomerRepository::row).list();
  }

  private static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static StoredCustomer row(ResultSet rs, int number) throws SQLException {
    Object pep = rs.getObject("pep_self_declared");
    return new StoredCustomer(rs.getObject("id", UUID.class), CustomerType.parse(rs.getString("type")),
        rs.getString("name"), rs.getBytes("birth_date_enc"), rs.getString("nationality"),
        rs.getString("country_of_residence"), rs.getBytes("national_id_enc"), rs.getBytes("national_id_index"),
        rs.getBytes("address_enc"), rs.getString("registration_number"), rs.getString("country"),
        rs.getString("industry_code"), rs.getString("legal_form"), rs.getString("relationship_purpose"),
        rs.getString("source_of_funds"), pep == null ? null : rs.getBoolean("pep_self_declared"),
        new DatasetAttributes(rs.getString("business_unit"), rs.getString("sensitivity"), rs.getString("jurisdiction")),
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
        rs.getObject("relationship_ended_on", java.time.LocalDate.class), rs.getString("product"),
        rs.getString("channel"));
  }
}
