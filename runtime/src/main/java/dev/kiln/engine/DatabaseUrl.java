package dev.kiln.engine;

import dev.kiln.dialect.Dialect;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
          + " postgresql://user:password@host:port/database (or postgres://...;"
          + " add ?transactionPooling=true behind PgBouncer),"
          + " mariadb://user:password@host:port/database (or mysql://...),"
          + " or a jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql: URL.";
  private static final AtomicInteger MEMORY_DATABASES = new AtomicInteger();

  /**
   * What every SQLite connection Kiln uses is set to, as sqlite-jdbc properties (named as the
   * pragmas they set): foreign keys enforced; writers wait up to 5 s for the lock; LIKE
   * case-sensitive, as on PostgreSQL ({@code ilike} is the insensitive form).
   */
  public static final Map<String, String> SQLITE_PRAGMAS =
      Map.of("foreign_keys", "true", "busy_timeout", "5000", "case_sensitive_like", "true");

  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("No database URL given. " + FORMS);
    }
    if (url.startsWith("jdbc:sqlite:")) {
      boolean memory = url.contains(":memory:") || url.contains("mode=memory");
      return sqlite(url, memory);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return postgres(url, new Properties());
    }
    if (url.startsWith("sqlite://")) {
      return sqliteUrl(url.substring("sqlite://".length()));
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      return mariadb(url, new Properties());
    }
    if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
      ServerUrl server = ServerUrl.parse(url, "PostgreSQL", "jdbc:postgresql://");
      return postgres(server.jdbcUrl(), server.properties());
    }
    if (url.startsWith("mariadb://") || url.startsWith("mysql://")) {
      ServerUrl server = ServerUrl.parse(url, "MariaDB", "jdbc:mariadb://");
      return mariadb(server.jdbcUrl(), server.properties());
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
    SQLITE_PRAGMAS.forEach(properties::setProperty);
    // Kiln reads generated keys with RETURNING, in the insert's own step; left on, sqlite-jdbc would
    // run SELECT last_insert_rowid() after every insert for keys nobody asks for.
    properties.setProperty("jdbc.get_generated_keys", "false");
    if (!inMemory) {
      properties.setProperty("journal_mode", "WAL");
    }
    return new DatabaseUrl(Dialect.sqlite(), jdbcUrl, properties, inMemory);
  }

  /**
   * A PostgreSQL JDBC URL with Kiln's own query parameter taken out: {@code transactionPooling}
   * (or {@code pgbouncer}, the name PgBouncer users know), {@code true} or {@code false}.
   */
  private static DatabaseUrl postgres(String jdbcUrl, Properties properties) {
    int query = jdbcUrl.indexOf('?');
    if (query < 0) {
      return new DatabaseUrl(Dialect.postgresql(), jdbcUrl, properties, false);
    }
    boolean transactionPooling = false;
    List<String> kept = new ArrayList<>();
    for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
      int equals = parameter.indexOf('=');
      String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
      if (!name.equals("transactionPooling") && !name.equals("pgbouncer")) {
        kept.add(parameter);
        continue;
      }
      String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
      if (!value.equals("true") && !value.equals("false")) {
        throw new IllegalArgumentException(
            "The PostgreSQL URL's " + name + " must be true or false, not '" + value + "'.");
      }
      transactionPooling |= value.equals("true");
    }
    String kiln = jdbcUrl.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    DatabaseUrl parsed = new DatabaseUrl(Dialect.postgresql(), kiln, properties, false);
    return transactionPooling ? parsed.withTransactionPooling() : parsed;
  }

  /**
   * This URL made safe behind a pooler in transaction mode (PgBouncer's {@code pool_mode =
   * transaction}), where each transaction may run on another server connection: pgjdbc is told
   * never to name server-side prepared statements ({@code prepareThreshold=0}), as a named one
   * lives on one server connection only. No effect on SQLite.
   *
   * @throws IllegalArgumentException if the JDBC URL asks for another {@code prepareThreshold},
   *     which pgjdbc would let win
   */
  public DatabaseUrl withTransactionPooling() {
    if (dialect != Dialect.postgresql()) {
      return this;
    }
    int query = jdbcUrl.indexOf('?');
    if (query >= 0) {
      for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
        if (parameter.startsWith("prepareThreshold=") && !parameter.equals("prepareThreshold=0")) {
          throw new IllegalArgumentException(
              "Transaction pooling needs prepareThreshold=0, but the URL sets " + parameter
                  + ". Remove it.");
        }
      }
    }
    Properties safe = new Properties();
    safe.putAll(properties);
    safe.setProperty("prepareThreshold", "0");
    return new DatabaseUrl(dialect, jdbcUrl, safe, inMemory);
  }

  /**
   * A MariaDB or MySQL JDBC URL, read by MariaDB's driver: {@code permitMysqlScheme} lets it take
   * {@code jdbc:mysql:} URLs too. Server-side prepared statements make it send and receive values
   * in binary, so a {@code FLOAT} or {@code DOUBLE} comes back exactly as it was stored, where the
   * text protocol would print it with fewer digits.
   */
  private static DatabaseUrl mariadb(String jdbcUrl, Properties properties) {
    properties.setProperty("permitMysqlScheme", "true");
    properties.setProperty("useServerPrepStmts", "true");
    return new DatabaseUrl(Dialect.mariadb(), jdbcUrl, properties, false);
  }

  /** A server's URL in SQLAlchemy's form, as a JDBC URL and the credentials it held. */
  private record ServerUrl(String jdbcUrl, Properties properties) {
    static ServerUrl parse(String url, String product, String jdbcPrefix) {
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "Malformed " + product + " URL '" + redact(url) + "': " + e.getReason() + ". " + FORMS, e);
      }
      String host = uri.getHost() == null ? "localhost" : uri.getHost();
      String database = uri.getPath() == null ? "" : uri.getPath();
      if (database.length() <= 1) {
        throw new IllegalArgumentException(product + " URL '" + redact(url) + "' names no database. " + FORMS);
      }
      StringBuilder jdbc = new StringBuilder(jdbcPrefix).append(host);
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
      return new ServerUrl(jdbc.toString(), properties);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
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
