package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kiln.Database;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Defaults on both sides: field initializers are ordinary values Kiln stores; {@code defaultSql}
 * is in the DDL, used when Kiln leaves a null column out of the insert, and read back into the
 * object (or, for immutable ones, into the copy its {@link Ref} holds).
 */
class DefaultValueTest {
  /**
   * How far a NOW default may be from this JVM's clock: it is the database's clock, and on
   * PostgreSQL the start of the transaction.
   */
  private static final int CLOCK_SLACK_SECONDS = 5;

  private static final Instant THEN = Instant.parse("2020-01-02T03:04:05.123456Z");
  private static final LocalDateTime LOCAL_THEN = LocalDateTime.parse("2020-01-02T03:04:05.123456");
  private static final LocalDate DAY_THEN = LocalDate.parse("2020-01-02");
  private static final OffsetDateTime OFFSET_THEN = OffsetDateTime.parse("2020-01-02T05:04:05.123456+02:00");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void fieldInitializersAreStoredLikeAnyValue(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), DraftTable.TABLE)) {
      Draft draft = new Draft("hello");
      Setup.commit(database, draft);

      try (Session session = database.openSession()) {
        Draft loaded = new DraftDao(session).get(draft.id).orElseThrow();
        assertThat(loaded.score).isEqualTo(10);
        assertThat(loaded.kind).isEqualTo("article");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void databaseDefaultsAreReadBackIntoTheSameMutableObject(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), DraftTable.TABLE)) {
      LocalDate dayBefore = LocalDate.now();
      Draft draft = new Draft("hello");
      Setup.commit(database, draft);

      assertThat(draft.status).isEqualTo("draft");
      assertThat(draft.votes).isZero();
      assertFilledWithNow(draft, dayBefore);
      try (Session session = database.openSession()) {
        // The object holds exactly what the database stored, to the last digit.
        Draft loaded = new DraftDao(session).get(draft.id).orElseThrow();
        assertThat(loaded.createdAt).isEqualTo(draft.createdAt);
        assertThat(loaded.createdLocal).isEqualTo(draft.createdLocal);
        assertThat(loaded.createdOn).isEqualTo(draft.createdOn);
        assertThat(loaded.stampedAt.toInstant()).isEqualTo(draft.stampedAt.toInstant());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void valuesSetExplicitlyAreKeptInsteadOfTheDefaults(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), DraftTable.TABLE)) {
      Draft draft = new Draft("hello");
      draft.status = "published";
      draft.votes = 5;
      draft.createdAt = THEN;
      draft.createdLocal = LOCAL_THEN;
      draft.createdOn = DAY_THEN;
      draft.stampedAt = OFFSET_THEN;
      Setup.commit(database, draft);

      assertThat(draft.status).isEqualTo("published");
      assertThat(draft.createdAt).isEqualTo(THEN);
      try (Session session = database.openSession()) {
        Draft loaded = new DraftDao(session).get(draft.id).orElseThrow();
        assertThat(loaded.status).isEqualTo("published");
        assertThat(loaded.votes).isEqualTo(5);
        assertThat(loaded.createdAt).isEqualTo(THEN);
        assertThat(loaded.createdLocal).isEqualTo(LOCAL_THEN);
        assertThat(loaded.createdOn).isEqualTo(DAY_THEN);
        assertThat(loaded.stampedAt.toInstant()).isEqualTo(OFFSET_THEN.toInstant());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rollbackEmptiesTheFieldsTheDatabaseFilledInAndOnlyThose(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, DraftTable.TABLE);
        Session session = database.openSession()) {
      Draft draft = new Draft("hello");
      draft.status = "published";
      session.add(draft);
      session.flush();
      assertThat(draft.votes).isZero();

      session.rollback();

      assertThat(draft.id).isNull();
      assertThat(draft.votes).isNull();
      assertThat(draft.createdAt).isNull();
      assertThat(draft.createdLocal).isNull();
      assertThat(draft.createdOn).isNull();
      assertThat(draft.stampedAt).isNull();
      assertThat(draft.status).as("set by the application").isEqualTo("published");
      assertThat(draft.score).as("a Java-side default").isEqualTo(10);
      assertThat(Catalog.countRows(url, "draft")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void recordGetsTheDatabaseDefaultsInTheCopyItsRefHolds(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), MemoTable.TABLE)) {
      Memo memo = new Memo("hello");
      Memo explicit = new Memo(null, "kept", "sent", 3, THEN);
      Ref<Memo> memoRef;
      Ref<Memo> explicitRef;
      try (Session session = database.openSession()) {
        memoRef = session.add(memo);
        explicitRef = session.add(explicit);
        session.commit();
      }

      Memo stored = memoRef.get();
      assertThat(stored.id()).isNotNull();
      assertThat(stored.text()).isEqualTo("hello");
      assertThat(stored.status()).isEqualTo("draft");
      assertThat(stored.votes()).isZero();
      assertThat(stored.createdAt()).isCloseTo(Instant.now(), within(CLOCK_SLACK_SECONDS, ChronoUnit.SECONDS));
      assertThat(memo.status()).as("a record cannot change").isNull();
      assertThat(explicitRef.get()).isEqualTo(new Memo(explicitRef.get().id(), "kept", "sent", 3, THEN));
      try (Session session = database.openSession()) {
        MemoDao memos = new MemoDao(session);
        assertThat(memos.get(stored.id())).contains(stored);
        assertThat(memos.get(explicitRef.get().id())).contains(explicitRef.get());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void constructorBuiltClassGetsTheDatabaseDefaultsInANewCopy(TestDatabase db) {
    try (Database database = Setup.create(db.freshUrl(), ReceiptTable.TABLE)) {
      Receipt receipt = new Receipt("R-1", null, null, null);
      Ref<Receipt> ref;
      try (Session session = database.openSession()) {
        ref = session.add(receipt);
        session.commit();
      }

      Receipt stored = ref.get();
      assertThat(stored).isNotSameAs(receipt);
      assertThat(stored.getId()).isNotNull();
      assertThat(stored.getNumber()).isEqualTo("R-1");
      assertThat(stored.getState()).isEqualTo("open");
      assertThat(stored.getIssuedAt())
          .isCloseTo(LocalDateTime.now(), within(CLOCK_SLACK_SECONDS, ChronoUnit.SECONDS));
      assertThat(receipt.getState()).isNull();
      try (Session session = database.openSession()) {
        Receipt loaded = new ReceiptDao(session).get(stored.getId()).orElseThrow();
        assertThat(loaded.getState()).isEqualTo("open");
        assertThat(loaded.getIssuedAt()).isEqualTo(stored.getIssuedAt());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rawInsertLeavingTheColumnsOutGetsTheSameDefaults(TestDatabase db) {
    String url = db.freshUrl();
    try (Database database = Setup.create(url, DraftTable.TABLE)) {
      LocalDate dayBefore = LocalDate.now();
      Catalog.execute(url, "INSERT INTO \"draft\" (\"title\", \"score\") VALUES ('raw', 1)");

      try (Session session = database.openSession()) {
        Draft raw = new DraftDao(session).query().filterByTitle("raw").one();
        assertThat(raw.status).isEqualTo("draft");
        assertThat(raw.votes).isZero();
        assertThat(raw.kind).as("a Java-side default is not in the DDL").isNull();
        assertFilledWithNow(raw, dayBefore);
      }
    }
  }

  /** Every NOW column of the draft holds the current time, each in its own type. */
  private static void assertFilledWithNow(Draft draft, LocalDate dayBefore) {
    assertThat(draft.createdAt).isCloseTo(Instant.now(), within(CLOCK_SLACK_SECONDS, ChronoUnit.SECONDS));
    assertThat(draft.stampedAt)
        .isCloseTo(OffsetDateTime.now(ZoneOffset.UTC), within(CLOCK_SLACK_SECONDS, ChronoUnit.SECONDS));
    // Local types hold the local time of the session's time zone: this JVM's.
    assertThat(draft.createdLocal)
        .isCloseTo(LocalDateTime.now(), within(CLOCK_SLACK_SECONDS, ChronoUnit.SECONDS));
    assertThat(draft.createdOn).isBetween(dayBefore, LocalDate.now());
  }
}
