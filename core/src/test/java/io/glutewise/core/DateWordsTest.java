package io.glutewise.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateWordsTest {
  @Test
  void aDateReadsWithItsDayInEnglish() {
    LocalDate monday = LocalDate.of(2025, 1, 6);
    assertThat(DateWords.of(monday)).isEqualTo("Mon 6 Jan 2025");
    assertThat(DateWords.dayAndMonth(monday)).isEqualTo("Mon 6 Jan");
    assertThat(DateWords.inFull(monday)).isEqualTo("Monday 6 January");
    assertThat(DateWords.of(LocalDate.of(2028, 2, 29))).isEqualTo("Tue 29 Feb 2028");
  }

  @Test
  void everyDayOfFourYearsReadsAsTheJdksEnglishFormatsWriteIt() {
    DateTimeFormatter withYear = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    DateTimeFormatter shortForm = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    DateTimeFormatter fullForm = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
      assertThat(DateWords.of(day)).isEqualTo(withYear.format(day));
      assertThat(DateWords.dayAndMonth(day)).isEqualTo(shortForm.format(day));
      assertThat(DateWords.inFull(day)).isEqualTo(fullForm.format(day));
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      assertThat(DateWords.name(day)).isEqualTo(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
  }
}
