package dev.kiln.engine;

import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.List;
import java.util.function.Supplier;

/**
 * Logs each statement through {@link System.Logger} {@code dev.kiln.sql}, like {@code
 * SQLALCHEMY_ECHO}, so it lands in whatever logging the application uses (java.util.logging, or
 * SLF4J/Log4j through their System.Logger bridges). With echo on, statements are logged at INFO;
 * otherwise at DEBUG, for whoever enables that level. Bound values are logged only when asked, since
 * they may be personal data.
 */
public final class SqlEcho {
  private static final Logger LOGGER = System.getLogger("dev.kiln.sql");

  private final Level level;
  private final boolean values;

  public SqlEcho(boolean echo, boolean values) {
    this.level = echo ? Level.INFO : Level.DEBUG;
    this.values = values;
  }

  /** Logs the statement, with its bound values if asked; the values are only computed then. */
  public void statement(String sql, Supplier<List<?>> boundValues) {
    if (!LOGGER.isLoggable(level)) {
      return;
    }
    if (values && boundValues != null) {
      LOGGER.log(level, sql + "\n  values: " + boundValues.get());
    } else {
      LOGGER.log(level, sql);
    }
  }
}
