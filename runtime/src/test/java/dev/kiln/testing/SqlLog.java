package dev.kiln.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what Kiln logs through {@code System.Logger} "dev.kiln.sql" (java.util.logging when no
 * other backend is present), at every level, from {@link #start()} until {@link #close()}: the SQL
 * statements a test's work ran. {@link #start(String)} captures another of Kiln's loggers, such as
 * "dev.kiln.pool". Use in try-with-resources.
 */
public final class SqlLog implements AutoCloseable {
  /** Held so the logger, and the level set on it, cannot be garbage collected meanwhile. */
  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Level previousLevel;
  private final boolean previousUseParentHandlers;

  private SqlLog(String loggerName) {
    logger = Logger.getLogger(loggerName);
    previousLevel = logger.getLevel();
    previousUseParentHandlers = logger.getUseParentHandlers();
    logger.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  public static SqlLog start() {
    return start("dev.kiln.sql");
  }

  public static SqlLog start(String loggerName) {
    return new SqlLog(loggerName);
  }

  /** Everything logged so far, in order. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** Every logged statement, in order, without the bound values logged after it. */
  public List<String> statements() {
    return records.stream().map(record -> record.getMessage().lines().findFirst().orElse("")).toList();
  }

  /** The logged statements that start with the prefix (such as {@code "INSERT"}), in order. */
  public List<String> statementsStartingWith(String prefix) {
    return statements().stream().filter(message -> message.startsWith(prefix)).toList();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    logger.setUseParentHandlers(previousUseParentHandlers);
  }
}
