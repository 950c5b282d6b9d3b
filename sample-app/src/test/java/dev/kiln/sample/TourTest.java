package dev.kiln.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's tour, run on each database: every step checks its own result and throws if wrong. */
class TourTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyTutorialStepWorks(TestDatabase kind) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    new Tour(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(kind.freshUrl());

    String narration = printed.toString(StandardCharsets.UTF_8);
    assertThat(narration)
        .contains("-> users: [<User admin>, <User guest>]")
        .contains("-> computer 1 read in a new session: This Commodore 64 has 8 GB of memory")
        .contains("-> refused: UniqueViolationException on table user")
        .endsWith("Every step passed." + System.lineSeparator());
  }
}
