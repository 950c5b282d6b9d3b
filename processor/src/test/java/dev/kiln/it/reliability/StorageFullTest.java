package dev.kiln.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.StorageFullException;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A SQLite database that runs out of room, as on a full disk: its size is capped with {@code
 * max_page_count} in the URL, which sqlite-jdbc applies to every connection it opens, as it does
 * the pragmas Kiln sets. The commit that does not fit fails with {@link StorageFullException} and
 * writes none of its rows, {@code PRAGMA integrity_check} finds the file intact, and the same
 * Database writes again: at once if the failed commit alone was too big, once rows are deleted if
 * the database itself is full.
 */
class StorageFullTest {
  /** 256 KiB in SQLite's default 4 KiB pages. */
  private static final int PAGE_LIMIT = 64;
  /** A row of about 2 KiB. */
  private static final String PAYLOAD = "x".repeat(2_000);

  @Test
  void aCommitTooBigForTheDatabaseIsStorageFullAndWritesNothing() throws SQLException {
    String url = TestDatabase.SQLITE.freshUrl();
    try (Database database = Specimens.create(url + "?max_page_count=" + PAGE_LIMIT)) {
      Specimens.store(database, rows(10));
      try (Session session = database.openSession()) {
        session.addAll(rows(200));
        assertThatThrownBy(session::commit).isInstanceOf(StorageFullException.class);
      }
      assertThat(Specimens.countRows(url, "specimen")).isEqualTo(10);
      assertIntact(url);

      Specimens.store(database, rows(10));
      assertThat(Specimens.countRows(url, "specimen")).isEqualTo(20);
    }
  }

  @Test
  void aFullDatabaseWritesAgainOnceRowsAreDeleted() throws SQLException {
    String url = TestDatabase.SQLITE.freshUrl();
    try (Database database = Specimens.create(url + "?max_page_count=" + PAGE_LIMIT)) {
      int committed = 0;
      StorageFullException full = null;
      while (full == null && committed < PAGE_LIMIT * 4) {
        try {
          Specimens.store(database, rows(1));
          committed++;
        } catch (StorageFullException e) {
          full = e;
        }
      }
      assertThat(full).as("the database filled up").isNotNull();
      assertThat(Specimens.countRows(url, "specimen")).isEqualTo(committed);
      assertIntact(url);

      int half = committed / 2;
      int deleted = database.transactionResult(
          session -> new SpecimenDao(session).query().where(SpecimenTable.ID.le(half)).delete());
      Specimens.store(database, rows(10));

      assertThat(Specimens.countRows(url, "specimen")).isEqualTo(committed - deleted + 10);
      assertIntact(url);
    }
  }

  private static List<Specimen> rows(int count) {
    List<Specimen> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Specimen specimen = new Specimen();
      specimen.body = PAYLOAD;
      rows.add(specimen);
    }
    return rows;
  }

  private static void assertIntact(String url) throws SQLException {
    try (Connection connection = Specimens.jdbc(url);
        Statement statement = connection.createStatement();
        ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
      check.next();
      assertThat(check.getString(1)).isEqualTo("ok");
    }
  }
}
