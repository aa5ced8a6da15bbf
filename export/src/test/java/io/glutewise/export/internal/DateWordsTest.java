package io.glutewise.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateWordsTest {
  @Test
  void aDateReadsWithItsDayInEnglish() {
    assertThat(DateWords.of(LocalDate.of(2025, 1, 6))).isEqualTo("Mon 6 Jan 2025");
    assertThat(DateWords.of(LocalDate.of(2028, 2, 29))).isEqualTo("Tue 29 Feb 2028");
  }

  @Test
  void everyDayOfFourYearsReadsAsTheJdksEnglishFormatWritesIt() {
    DateTimeFormatter english = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
      assertThat(DateWords.of(day)).isEqualTo(english.format(day));
    }
  }
}
