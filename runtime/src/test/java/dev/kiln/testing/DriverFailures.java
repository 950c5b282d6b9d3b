package dev.kiln.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kiln.dialect.Dialect;
import dev.kiln.error.DataAccessException;
import dev.kiln.error.KilnException;
import java.sql.SQLException;

/**
 * Catches what a real driver throws and translates it as Kiln does, so that error tests assert on
 * what the database actually reported rather than on a hand-made exception.
 */
public final class DriverFailures {
  private DriverFailures() {}

  /** JDBC work that is expected to fail. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  /** The driver's exception from work that must fail; the test fails if the work succeeds. */
  public static SQLException failureOf(Work work) {
    try {
      work.run();
    } catch (SQLException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("Expected the driver to refuse, but the work failed otherwise", e);
    }
    return fail("Expected the driver to refuse the work, but it succeeded");
  }

  /**
   * The dialect's translation of the failure, checked to be of the type and to keep what every
   * translation keeps: the driver's exception as cause, its SQLSTATE and error code, and the SQL.
   */
  public static <T extends DataAccessException> T translated(
      Dialect dialect, SQLException failure, String sql, Class<T> type) {
    KilnException translated = dialect.translate(failure, sql);
    assertThat(translated).as("translation of %s", failure).isInstanceOf(type);
    T typed = type.cast(translated);
    assertThat(typed.getCause()).isSameAs(failure);
    assertThat(typed.sqlState()).isEqualTo(failure.getSQLState());
    assertThat(typed.vendorCode()).isEqualTo(failure.getErrorCode());
    assertThat(typed.sql()).isEqualTo(sql);
    return typed;
  }
}
