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
 * transaction per operation ({@code fromTransaction}), {@code find} by key and HQL for lists.
 * Second-level and query caches off, SQL logging off, JDBC batching on (for W5). Connections come
 * from Hibernate's built-in pool over the same driver and URL as the other contenders.
 */
@State(Scope.Thread)
public class HibernateContender {
  private SessionFactory factory;

  @Setup(Level.Trial)
  public void setUp(Fixture fixture) {
    Configuration configuration = new Configuration().addAnnotatedClass(HibernateItem.class);
    configuration.setProperty("hibernate.connection.url", fixture.jdbcUrl);
    fixture.properties.forEach(
        (k, v) -> configuration.setProperty("hibernate.connection." + k, (String) v));
    configuration.setProperty("hibernate.connection.pool_size", "2");
    configuration.setProperty("hibernate.connection.autocommit", "false");
    if (fixture.sqlite()) {
      configuration.setProperty("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
    }
    configuration.setProperty("hibernate.hbm2ddl.auto", "none");
    configuration.setProperty("hibernate.show_sql", "false");
    configuration.setProperty("hibernate.cache.use_second_level_cache", "false");
    configuration.setProperty("hibernate.cache.use_query_cache", "false");
    configuration.setProperty("hibernate.generate_statistics", "false");
    configuration.setProperty("hibernate.jdbc.batch_size", "100");
    configuration.setProperty("hibernate.order_inserts", "true");
    factory = configuration.buildSessionFactory();
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

  private static List<Item> toItems(List<HibernateItem> entities) {
    List<Item> items = new ArrayList<>();
    for (HibernateItem item : entities) {
      items.add(item.toItem());
    }
    return items;
  }
}
