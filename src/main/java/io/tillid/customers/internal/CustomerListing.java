package io.tillid.customers.internal;

import io.tillid.access.AttributeGrants;
import io.tillid.access.SqlPredicate;
import io.tillid.platform.BadInputException;
import io.tillid.platform.PageCursor;
import io.tillid.platform.TenantPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and searches the customers a principal may see. The grants become a SQL condition, so a
 * customer outside them is never read; pages continue from an opaque cursor.
 */
@Component
class CustomerListing {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final CustomerRepository customers;
  private final CustomerFields fields;
  private final CustomerViews views;
  private final AttributeGrants grants;

  CustomerListing(CustomerRepository customers, CustomerFields fields, CustomerViews views, AttributeGrants grants) {
    this.customers = customers;
    this.fields = fields;
    this.views = views;
    this.grants = grants;
  }

  /** A page of summaries and the cursor of the next page (null on the last). */
  record Page(List<CustomerView> items, String nextCursor) {}

  @Transactional(readOnly = true)
  Page page(TenantPrincipal principal, String nameContains, String cursor, Integer limit) {
    int size = PageCursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
    String name = Fields.text("name", nameContains, 300, false);
    List<StoredCustomer> rows = customers.page(principal.tenantId(), visible(principal), name, PageCursor.decode(cursor), size + 1);
    String next = rows.size() > size
        ? new PageCursor(rows.get(size - 1).createdAt(), rows.get(size - 1).id()).encode() : null;
    return new Page(rows.stream().limit(size).map(views::summary).toList(), next);
  }

  /** Exact look-up by national identifier (through its blind index) or registration number. */
  @Transactional(readOnly = true)
  List<CustomerView> search(TenantPrincipal principal, String nationalId, String registrationNumber) {
    String id = Fields.text("nationalId", nationalId, 64, false);
    String number = Fields.text("registrationNumber", registrationNumber, 50, false);
    if ((id == null) == (number == null)) {
      throw new BadInputException("Give exactly one of 'nationalId' and 'registrationNumber'.");
    }
    List<StoredCustomer> found = id != null
        ? customers.byNationalIdIndex(principal.tenantId(), visible(principal),
            fields.nationalIdIndex(principal.tenantId(), id))
        : customers.byRegistrationNumber(principal.tenantId(), visible(principal), number);
    return found.stream().map(views::summary).toList();
  }

  private SqlPredicate visible(TenantPrincipal principal) {
    return grants.filter(grants.of(principal), CustomerRepository.COLUMNS);
  }
}
