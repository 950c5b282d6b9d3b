package dev.kiln.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.error.CheckViolationException;
import dev.kiln.error.ConnectionLostException;
import dev.kiln.error.ConstraintViolationException;
import dev.kiln.error.DeadlockException;
import dev.kiln.error.ForeignKeyViolationException;
import dev.kiln.error.InvalidValueException;
import dev.kiln.error.KilnException;
import dev.kiln.error.LockNotAvailableException;
import dev.kiln.error.NotNullViolationException;
import dev.kiln.error.QueryTimeoutException;
import dev.kiln.error.UniqueViolationException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MariaDB's error numbers become Kiln's typed exceptions, with the table, constraint and column its
 * messages name. The messages are those MariaDB 10.11 and its driver give (the integration tests
 * provoke them for real).
 */
class MariaDbErrorsTest {
  private static KilnException translated(String state, int code, String message) {
    return Dialect.mariadb().translate(new SQLException("(conn=12) " + message, state, code), "SELECT 1");
  }

  private static KilnException translated(String sql, int code, String message, String state) {
    return Dialect.mariadb().translate(new SQLException("(conn=12) " + message, state, code), sql);
  }

  private static void assertPlace(KilnException exception, String table, String constraint, String column) {
    ConstraintViolationException violation = (ConstraintViolationException) exception;
    assertThat(violation.table()).isEqualTo(Optional.ofNullable(table));
    assertThat(violation.constraint()).isEqualTo(Optional.ofNullable(constraint));
    assertThat(violation.column()).isEqualTo(Optional.ofNullable(column));
  }

  @Test
  void brokenConstraintsAreTypedAndLocated() {
    KilnException unique = translated("23000", 1062, "Duplicate entry 'a' for key 'user_email_key'");
    assertThat(unique).isInstanceOf(UniqueViolationException.class);
    assertPlace(unique, null, "user_email_key", null);
    assertPlace(translated("23000", 1062, "Duplicate entry 'a' for key 'user.user_email_key'"), "user", "user_email_key", null);

    KilnException notNull = translated("23000", 1048, "Column 'email' cannot be null");
    assertThat(notNull).isInstanceOf(NotNullViolationException.class);
    assertPlace(notNull, null, null, "email");
    // Where the message names no table, the table Kiln's statement wrote is the one.
    String insert = "INSERT INTO `odd``name` (`email`) VALUES (?)";
    assertPlace(translated(insert, 1048, "Column 'email' cannot be null", "23000"), "odd`name", null, "email");
    assertPlace(translated(insert, 1062, "Duplicate entry 'a' for key 'k'", "23000"), "odd`name", "k", null);

    KilnException check = translated("23000", 4025, "CONSTRAINT `item price``s check` failed for `shop`.`item`");
    assertThat(check).isInstanceOf(CheckViolationException.class);
    assertPlace(check, "item", "item price`s check", null);

    KilnException foreignKey = translated("23000", 1452, "Cannot add or update a child row: a foreign key constraint"
        + " fails (`shop`.`line`, CONSTRAINT `line_order_fk` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`))");
    assertThat(foreignKey).isInstanceOf(ForeignKeyViolationException.class);
    assertPlace(foreignKey, "line", "line_order_fk", "order_id");
  }

  @Test
  void failuresThatTellWhatToDoNextAreTyped() {
    assertThat(translated("22001", 1406, "Data too long for column 's' at row 1")).isInstanceOf(InvalidValueException.class);
    assertThat(translated("22003", 1264, "Out of range value for column 'd' at row 1"))
        .isInstanceOf(InvalidValueException.class);
    assertThat(translated("40001", 1213, "Deadlock found when trying to get lock; try restarting transaction"))
        .isInstanceOf(DeadlockException.class);
    assertThat(translated("HY000", 1205, "Lock wait timeout exceeded; try restarting transaction"))
        .isInstanceOf(LockNotAvailableException.class);
    assertThat(translated("70100", 1969, "Query execution was interrupted (max_statement_time exceeded)"))
        .isInstanceOf(QueryTimeoutException.class);
    assertThat(translated("08S01", 0, "Socket error")).isInstanceOf(ConnectionLostException.class);
    assertThat(translated("70100", 1927, "Connection was killed")).isInstanceOf(ConnectionLostException.class);
  }
}
