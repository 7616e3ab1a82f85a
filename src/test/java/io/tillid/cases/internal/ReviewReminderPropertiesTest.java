package io.tillid.cases.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewReminderPropertiesTest {

  @Test
  void theCronIsACronExpressionOrADash() {
    assertThatCode(() -> new ReviewReminderProperties("0 0 6 * * *", 14)).doesNotThrowAnyException();
    assertThatCode(() -> new ReviewReminderProperties("-", 14)).doesNotThrowAnyException();
    assertThatThrownBy(() -> new ReviewReminderProperties("daily", 14)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReviewReminderProperties(null, 14)).isInstanceOf(IllegalArgumentException.class);
  }
}
