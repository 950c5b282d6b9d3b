package dev.kiln;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
  @Test
  void pageNumbersShowTheEdgesAndTheNeighbourhoodOfThisPageWithGapsBetween() {
    assertThat(page(7, 20).pageNumbers()).isEqualTo(Arrays.asList(1, 2, null, 5, 6, 7, 8, 9, 10, null, 19, 20));
    assertThat(page(1, 20).pageNumbers()).isEqualTo(Arrays.asList(1, 2, 3, 4, null, 19, 20));
    assertThat(page(20, 20).pageNumbers()).isEqualTo(Arrays.asList(1, 2, null, 18, 19, 20));
    assertThat(page(4, 20).pageNumbers()).isEqualTo(Arrays.asList(1, 2, 3, 4, 5, 6, 7, null, 19, 20));
  }

  @Test
  void pageNumbersOfFewPagesLeaveNothingOut() {
    assertThat(page(3, 5).pageNumbers()).isEqualTo(List.of(1, 2, 3, 4, 5));
    assertThat(page(1, 1).pageNumbers()).isEqualTo(List.of(1));
    assertThat(new Page<>(List.of(), 0, 1, 10).pageNumbers()).isEmpty();
  }

  @Test
  void pageNumbersTakeTheWidthsAsked() {
    assertThat(page(10, 20).pageNumbers(1, 1, 2, 1)).isEqualTo(Arrays.asList(1, null, 9, 10, 11, null, 20));
  }

  /** Page {@code number} of {@code pages} pages of 10 rows (the items do not matter here). */
  private static Page<String> page(int number, int pages) {
    return new Page<>(List.of("row"), pages * 10L, number, 10);
  }
}
