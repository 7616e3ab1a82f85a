package io.tillid.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.access.DatasetAttributes;
import io.tillid.platform.InvalidFieldException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A person from a registry may lack birth date and nationality; one typed in by hand may not. */
class RegistryPersonInputTest {

  private static final DatasetAttributes COMPANYS = new DatasetAttributes("general", null, "DK");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void aRegistryPersonNeedsOnlyAName() {
    NewCustomer person = new RegistryPersonInput("Karsten Poulsen", null, null, "dk").validate(COMPANYS, TODAY);

    assertThat(person.type()).isEqualTo(CustomerType.PERSON);
    assertThat(person.person().birthDate()).isNull();
    assertThat(person.person().nationality()).isNull();
    assertThat(person.person().countryOfResidence()).isEqualTo("DK");
    assertThat(person.attributes()).isEqualTo(COMPANYS);
    assertThatThrownBy(() -> new RegistryPersonInput(" ", null, null, null).validate(COMPANYS, TODAY))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> new RegistryPersonInput("X", TODAY.plusDays(1), null, null).validate(COMPANYS, TODAY))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
  }

  @Test
  void theManualFormStillRequiresBirthDateAndNationality() {
    CustomerInput manual = new CustomerInput("person", "Anna Holm", null, null, "DK", null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> manual.validate(TODAY))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
    CustomerInput noNationality = new CustomerInput("person", "Anna Holm", "1980-01-01", null, "DK", null, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> noNationality.validate(TODAY))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("nationality"));
  }
}
