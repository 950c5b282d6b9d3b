package dev.kiln.bench.cold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs W8's and the compile benchmark's methods once each, in this JVM, so that none can rot: every
 * contender's first query returns the row {@link ColdSchema} wrote, with the same values, for 10
 * and for 200 entities; and compiling a few models writes, with Kiln's processor, what it
 * generates for them. The benchmarks themselves are run from the benchmarks jar
 * (docs/benchmarks.md).
 */
class ColdStartSmokeTest {
  @TempDir Path temporary;

  /** A W8 benchmark method. */
  @FunctionalInterface
  private interface Contender {
    Object firstResult(ColdStart coldStart, ColdStart.Footprint footprint) throws Exception;
  }

  /** Runs the contender as a W8 fork does, and returns its first result as text. */
  private static String firstResult(ColdDatabase database, int entities, Contender contender)
      throws Exception {
    ColdStart coldStart = new ColdStart();
    coldStart.entities = entities;
    coldStart.database = database;
    coldStart.setUp();
    ColdStart.Footprint footprint = new ColdStart.Footprint();
    footprint.setUp();
    Object row = contender.firstResult(coldStart, footprint);
    footprint.tearDown();
    assertThat(footprint.classesLoaded).isNotNegative();
    assertThat(footprint.heapUsedBytes).isPositive();
    return row.toString();
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void everyContenderReadsTheRowColdSchemaWrote(TestDatabase testDatabase) throws Exception {
    ColdDatabase database =
        testDatabase == TestDatabase.SQLITE
            ? ColdDatabase.sqlite(temporary.resolve("cold.db"))
            : ColdDatabase.postgresql(testDatabase.freshUrl());
    ColdSchema.create(database);
    String expected = ColdSchema.row(ColdSchema.KEY).toString();
    assertThat(expected)
        .isEqualTo(
            "m001[id=7, name=row 7, amount=86.38, created_at=2026-01-01T00:04:19, active=false,"
                + " note=note 7, code=m001-7]");
    for (int entities : new int[] {ModelSources.FEW, ModelSources.MODELS}) {
      assertThat(firstResult(database, entities, ColdStart::jdbc))
          .as("jdbc, %s entities", entities)
          .isEqualTo(expected);
      assertThat(firstResult(database, entities, ColdStart::kiln))
          .as("kiln, %s entities", entities)
          .isEqualTo(expected);
      assertThat(firstResult(database, entities, ColdStart::hibernate))
          .as("hibernate, %s entities", entities)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "kiln", "jpa", "hibernate"})
  void theModelsCompileWithAndWithoutTheProcessor(String processor) throws Exception {
    ProcessorCompileTime compileTime = new ProcessorCompileTime();
    compileTime.processor = processor;
    compileTime.models = 3;
    compileTime.setUp();
    try {
      compileTime.emptyOutput();
      assertThat(compileTime.warm(new ProcessorCompileTime.Phases())).isTrue();
      compileTime.checkOutput();
      compileTime.emptyOutput();
      assertThat(compileTime.cold(new ProcessorCompileTime.Phases())).isTrue();
      compileTime.checkOutput();
      Path generated = compileTime.generated.resolve("dev/kiln/bench/cold");
      switch (processor) {
        case "kiln" -> {
          assertThat(generated.resolve("kiln/Model003Query.java")).exists();
          assertThat(Files.readString(generated.resolve("kiln/Model001Table.java")))
              .contains("TableSchema.builder(\"m001\")");
        }
        case "hibernate" -> assertThat(generated.resolve("hibernate/Entity003_.java")).exists();
        default -> assertThat(generated).doesNotExist();
      }
    } finally {
      compileTime.tearDown();
    }
  }
}
