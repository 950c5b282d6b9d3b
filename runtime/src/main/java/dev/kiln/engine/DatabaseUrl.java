package dev.kiln.engine;

import dev.kiln.dialect.Dialect;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection URL in SQLAlchemy's form or JDBC's, resolved to a dialect and a JDBC URL.
 *
 * @param inMemory whether the database lives only as long as a connection to it stays open
 */
public record DatabaseUrl(Dialect dialect, String jdbcUrl, Properties properties, boolean inMemory) {
  private static final String FORMS =
      "Use sqlite:///relative/path.db, sqlite:////absolute/path.db, sqlite:// (in memory),"
          + " postgresql://user:password@host:port/database (or postgres://...),"
          + " or a jdbc:sqlite: or jdbc:postgresql: URL.";
  private static final AtomicInteger MEMORY_DATABASES = new AtomicInteger();

  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("No database URL given. " + FORMS);
    }
    if (url.startsWith("jdbc:sqlite:")) {
      boolean memory = url.contains(":memory:") || url.contains("mode=memory");
      return sqlite(url, memory);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(Dialect.postgresql(), url, new Properties(), false);
    }
    if (url.startsWith("sqlite://")) {
      return sqliteUrl(url.substring("sqlite://".length()));
    }
    if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
      return postgresUrl(url);
    }
    throw new IllegalArgumentException("Unsupported database URL '" + redact(url) + "'. " + FORMS);
  }

  /** {@code path} is what follows {@code sqlite://}: empty or {@code /:memory:} for memory. */
  private static DatabaseUrl sqliteUrl(String path) {
    if (path.isEmpty() || path.equals("/") || path.equals("/:memory:")) {
      // A named shared-cache memory database lives while any connection to it is open, so
      // every session of one Database sees the same tables.
      String name = "kiln-memory-" + MEMORY_DATABASES.incrementAndGet();
      return sqlite("jdbc:sqlite:file:" + name + "?mode=memory&cache=shared", true);
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException(
          "SQLite URL 'sqlite://" + path + "' has a host part; SQLite takes none. " + FORMS);
    }
    return sqlite("jdbc:sqlite:" + path.substring(1), false);
  }

  private static DatabaseUrl sqlite(String jdbcUrl, boolean inMemory) {
    Properties properties = new Properties();
    properties.setProperty("foreign_keys", "true");
    properties.setProperty("busy_timeout", "5000");
    // LIKE is case-sensitive on PostgreSQL; make SQLite's agree (ilike is the insensitive form).
    properties.setProperty("case_sensitive_like", "true");
    if (!inMemory) {
      properties.setProperty("journal_mode", "WAL");
    }
    return new DatabaseUrl(Dialect.sqlite(), jdbcUrl, properties, inMemory);
  }

  private static DatabaseUrl postgresUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Malformed PostgreSQL URL '" + redact(url) + "': " + e.getReason() + ". " + FORMS, e);
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String database = uri.getPath() == null ? "" : uri.getPath();
    if (database.length() <= 1) {
      throw new IllegalArgumentException(
          "PostgreSQL URL '" + redact(url) + "' names no database. " + FORMS);
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(host);
    if (uri.getPort() != -1) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(uri.getRawPath());
    if (uri.getRawQuery() != null) {
      jdbc.append('?').append(uri.getRawQuery());
    }
    Properties properties = new Properties();
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      properties.setProperty("user", colon < 0 ? userInfo : userInfo.substring(0, colon));
      if (colon >= 0) {
        properties.setProperty("password", userInfo.substring(colon + 1));
      }
    }
    return new DatabaseUrl(Dialect.postgresql(), jdbc.toString(), properties, false);
  }

  /** The URL with any password replaced, fit for messages and logs. */
  static String redact(String url) {
    return url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@");
  }

  @Override
  public String toString() {
    return redact(jdbcUrl);
  }
}
