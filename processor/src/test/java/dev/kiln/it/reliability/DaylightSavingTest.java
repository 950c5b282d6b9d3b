package dev.kiln.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.Database;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date-times at daylight saving transitions, on real SQLite and PostgreSQL, with the JVM's default
 * time zone (which pgjdbc also gives the server session) set to America/New_York and to
 * Pacific/Chatham (+12:45, +13:45 in summer). A local date-time that does not exist there (in the
 * spring gap) or exists twice (in the autumn overlap) comes back as the same local value; an
 * instant, and an offset date-time at either offset of the transition, come back as the same
 * instant (an offset date-time at UTC, as Kiln stores it); each is found again by equality. Kiln
 * stores no ZonedDateTime.
 */
class DaylightSavingTest {
  private final TimeZone originalDefault = TimeZone.getDefault();

  static Stream<Arguments> databasesAndZones() {
    return Stream.of(TestDatabase.values()).flatMap(db -> Stream.of(
        Arguments.of(db, "America/New_York", "2024-03-10T02:30", "2024-11-03T01:30"),
        Arguments.of(db, "Pacific/Chatham", "2024-09-29T03:15", "2024-04-07T03:15")));
  }

  @AfterEach
  void restoreTheDefaultTimeZone() {
    TimeZone.setDefault(originalDefault);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("databasesAndZones")
  void dateTimesInTheGapAndTheOverlapComeBackExactly(TestDatabase db, String zoneName, String gap, String overlap) {
    ZoneId zone = ZoneId.of(zoneName);
    ZoneRules rules = zone.getRules();
    assertThat(rules.getValidOffsets(LocalDateTime.parse(gap))).as("offsets at %s", gap).isEmpty();
    assertThat(rules.getValidOffsets(LocalDateTime.parse(overlap))).as("offsets at %s", overlap).hasSize(2);
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    List<OffsetDateTime> moments =
        Stream.concat(aroundTransition(rules, gap), aroundTransition(rules, overlap)).toList();

    try (Database database = Specimens.create(db.freshUrl())) {
      List<Specimen> stored = moments.stream().map(DaylightSavingTest::specimen).toList();
      Specimens.store(database, stored);
      List<Specimen> loaded = Specimens.reload(database, stored);

      for (int i = 0; i < moments.size(); i++) {
        OffsetDateTime moment = moments.get(i);
        Specimen specimen = loaded.get(i);
        assertThat(specimen.localDateTime).as("local date-time of %s", moment).isEqualTo(moment.toLocalDateTime());
        assertThat(specimen.instant).as("instant of %s", moment).isEqualTo(moment.toInstant());
        assertThat(specimen.offsetDateTime).as("offset date-time %s", moment)
            .isEqualTo(moment.withOffsetSameInstant(ZoneOffset.UTC));
      }
      try (Session session = database.openReadOnlySession()) {
        SpecimenDao specimens = new SpecimenDao(session);
        for (OffsetDateTime moment : moments) {
          long sameLocal = moments.stream().filter(m -> m.toLocalDateTime().equals(moment.toLocalDateTime())).count();
          long sameInstant = moments.stream().filter(m -> m.isEqual(moment)).count();
          assertThat(specimens.query().where(SpecimenTable.LOCAL_DATE_TIME.eq(moment.toLocalDateTime())).count())
              .as("rows at local %s", moment.toLocalDateTime()).isEqualTo(sameLocal);
          assertThat(specimens.query().where(SpecimenTable.INSTANT.eq(moment.toInstant())).count())
              .as("rows at instant %s", moment.toInstant()).isEqualTo(sameInstant);
          assertThat(specimens.query().where(SpecimenTable.OFFSET_DATE_TIME.eq(moment)).count())
              .as("rows at %s", moment).isEqualTo(sameInstant);
        }
      }
    }
  }

  /**
   * Around the transition at the local date-time: that local time at the offset before the
   * transition and at the offset after it, and the transition's instant and the microsecond before
   * it, at either offset.
   */
  private static Stream<OffsetDateTime> aroundTransition(ZoneRules rules, String local) {
    LocalDateTime dateTime = LocalDateTime.parse(local);
    ZoneOffsetTransition transition = rules.getTransition(dateTime);
    OffsetDateTime at = transition.getInstant().atOffset(transition.getOffsetAfter());
    OffsetDateTime justBefore = at.minus(1, ChronoUnit.MICROS);
    return Stream.of(
        dateTime.atOffset(transition.getOffsetBefore()),
        dateTime.atOffset(transition.getOffsetAfter()),
        at,
        at.withOffsetSameInstant(transition.getOffsetBefore()),
        justBefore,
        justBefore.withOffsetSameInstant(transition.getOffsetBefore()));
  }

  /** A specimen holding the moment in each of its time columns. */
  private static Specimen specimen(OffsetDateTime moment) {
    Specimen specimen = new Specimen();
    specimen.localDateTime = moment.toLocalDateTime();
    specimen.instant = moment.toInstant();
    specimen.offsetDateTime = moment;
    return specimen;
  }
}
