package dev.kiln.sample.web;

import dev.kiln.query.StringColumn;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Form checks that read their limits from the models, so a form and its column cannot disagree. */
final class Limits {
  private Limits() {}

  /** The length the model declares for the column ({@code @Column(length = ...)}). */
  static int maxLength(StringColumn<?> column) {
    return column.table().schema().columns().get(column.index()).length();
  }

  /** The whole number the text spells, if it lies in [min, max]; otherwise null. */
  static Integer wholeNumber(String text, int min, int max) {
    try {
      int value = Integer.parseInt(text.strip());
      return value >= min && value <= max ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The day an ISO date ({@code 2024-02-29}, as a browser's date input sends it) names, or null. */
  static LocalDate isoDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
