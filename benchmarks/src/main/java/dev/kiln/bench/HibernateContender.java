package dev.kiln.bench;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Hibernate ORM in its documented idiom: one {@link SessionFactory}, a fresh session and
 * transaction per operation ({@code fromTransaction}/{@code inTransaction}), {@code find} by key
 * and HQL for lists, {@code persist} for inserts (keys from the entity's sequence, assigned on
 * persist), dirty checking for a read-modify-write and an HQL mutation query for a bulk update.
 * Second-level and query caches off, SQL logging off, JDBC batching on (for W5: batches of the
 * sequence's allocation size, inserts ordered by entity). Connections come from Hibernate's
 * built-in pool over the same driver and URL as the other contenders.
 *
 * <p>Left as they are, Hibernate's types store SQLite's typeless columns their own way: a {@code
 * LocalDateTime} as sqlite-jdbc binds a {@code Timestamp} by default, epoch milliseconds in an
 * integer, where Kiln writes text. The rows Hibernate writes are Hibernate's to read.
 */
@State(Scope.Thread)
public class HibernateContender {
  private SessionFactory factory;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    factory = sessionFactory(fixture, 2, HibernateItem.class);
  }

  /**
   * A session factory of the entities over the database's URL and connection properties, with the
   * settings above and a built-in pool of {@code poolSize} connections.
   */
  static SessionFactory sessionFactory(BenchDatabase database, int poolSize, Class<?>... entities) {
    Configuration configuration = new Configuration().addAnnotatedClasses(entities);
    configuration.setProperty("hibernate.connection.url", database.jdbcUrl);
    database.properties.forEach(
        (k, v) -> configuration.setProperty("hibernate.connection." + k, (String) v));
    configuration.setProperty("hibernate.connection.pool_size", String.valueOf(poolSize));
    configuration.setProperty("hibernate.connection.autocommit", "false");
    if (database.sqlite()) {
      configuration.setProperty("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
    }
    configuration.setProperty("hibernate.hbm2ddl.auto", "none");
    configuration.setProperty("hibernate.show_sql", "false");
    configuration.setProperty("hibernate.cache.use_second_level_cache", "false");
    configuration.setProperty("hibernate.cache.use_query_cache", "false");
    configuration.setProperty("hibernate.generate_statistics", "false");
    configuration.setProperty(
        "hibernate.jdbc.batch_size", String.valueOf(HibernateItem.ALLOCATION_SIZE));
    configuration.setProperty("hibernate.order_inserts", "true");
    return configuration.buildSessionFactory();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /** W1. */
  public HibernateItem find(long id) {
    return factory.fromTransaction(session -> session.find(HibernateItem.class, id));
  }

  Item get(long id) {
    HibernateItem item = find(id);
    return item == null ? null : item.toItem();
  }

  /**
   * W2. The entities are what Hibernate returns; they are turned into {@link Item}s only for the
   * smoke test's comparison, outside the measured method ({@link #rangeEntities}).
   */
  public List<HibernateItem> rangeEntities(long from, long to) {
    return factory.fromTransaction(
        session ->
            session
                .createSelectionQuery(
                    "from HibernateItem where id >= :from and id < :to order by id",
                    HibernateItem.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
  }

  List<Item> range(long from, long to) {
    return toItems(rangeEntities(from, to));
  }

  /** W3. */
  public List<HibernateItem> filterEntities(String category, int minQuantity) {
    return factory.fromTransaction(
        session ->
            session
                .createSelectionQuery(
                    "from HibernateItem where category = :category and quantity >= :minQuantity"
                        + " order by quantity, id",
                    HibernateItem.class)
                .setParameter("category", category)
                .setParameter("minQuantity", minQuantity)
                .setMaxResults(Filter.LIMIT)
                .getResultList());
  }

  List<Item> filter(String category, int minQuantity) {
    return toItems(filterEntities(category, minQuantity));
  }

  /** W4: the entity, with the key persist gave it. */
  public HibernateItem persist(HibernateItem item) {
    factory.inTransaction(session -> session.persist(item));
    return item;
  }

  /**
   * W5: the entities, with the keys persist gave them, inserted in JDBC batches when the
   * transaction ends. Not the User Guide's flush-and-clear every batch: on SQLite, the table that
   * stands in for the sequence is moved on in a transaction of its own, which cannot write while
   * the session's flushed inserts hold the database's write lock (Hibernate fails with {@code
   * SQLITE_BUSY}); with every key taken on persist, before the commit's flush, nothing waits. The
   * persistence context then holds all the entities, 10,000 at most.
   */
  public List<HibernateItem> persistAll(List<HibernateItem> items) {
    factory.inTransaction(
        session -> {
          for (HibernateItem item : items) {
            session.persist(item);
          }
        });
    return items;
  }

  /**
   * W6 read-modify-write: finds the entity, adds one to its quantity and sets its note; the commit
   * writes it back (every column: Hibernate's default, without {@code @DynamicUpdate}) and fails
   * unless exactly one row was updated.
   *
   * @return the entity as written
   */
  public HibernateItem updateByKey(long id, String note) {
    return factory.fromTransaction(
        session -> {
          HibernateItem item = session.find(HibernateItem.class, id);
          item.quantity++;
          item.note = note;
          return item;
        });
  }

  /**
   * W6 bulk update: adds one to the quantity of the rows with keys from {@code from} (inclusive)
   * to {@code to} (exclusive), in one statement.
   *
   * @return the number of rows updated
   */
  public int bulkUpdate(long from, long to) {
    return factory.fromTransaction(
        session ->
            session
                .createMutationQuery(
                    "update HibernateItem set quantity = quantity + 1"
                        + " where id >= :from and id < :to")
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate());
  }

  private static List<Item> toItems(List<HibernateItem> entities) {
    List<Item> items = new ArrayList<>();
    for (HibernateItem item : entities) {
      items.add(item.toItem());
    }
    return items;
  }
}
