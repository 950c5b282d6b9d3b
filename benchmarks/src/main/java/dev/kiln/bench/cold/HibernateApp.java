package dev.kiln.bench.cold;

import dev.kiln.bench.cold.hibernate.Entity001;
import dev.kiln.bench.cold.hibernate.HibernateEntities;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * W8's application on Hibernate ORM, as its {@code main} would start it: a {@link Configuration}
 * given each entity class (no scanning), with {@link dev.kiln.bench.HibernateContender}'s settings
 * (schema generation off, caches and statistics off, the built-in pool), its {@link
 * SessionFactory}, then {@code find} in a transaction for the first query.
 */
final class HibernateApp implements AutoCloseable {
  private final SessionFactory factory;

  HibernateApp(ColdDatabase where, int entities) {
    Configuration configuration = new Configuration();
    for (Class<?> entity : entityClasses(entities)) {
      configuration.addAnnotatedClass(entity);
    }
    configuration.setProperty("hibernate.connection.url", where.jdbcUrl());
    where.properties().forEach(
        (k, v) -> configuration.setProperty("hibernate.connection." + k, (String) v));
    configuration.setProperty("hibernate.connection.pool_size", "2");
    configuration.setProperty("hibernate.connection.autocommit", "false");
    if (where.sqlite()) {
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

  /** The first {@code entities} entity classes: only those are loaded. */
  private static List<Class<?>> entityClasses(int entities) {
    return switch (entities) {
      case ModelSources.FEW -> HibernateEntities.few();
      case ModelSources.MODELS -> HibernateEntities.all();
      default -> throw new IllegalArgumentException("entities must be 10 or 200, not " + entities);
    };
  }

  Entity001 get(long key) {
    return factory.fromTransaction(session -> session.find(Entity001.class, key));
  }

  @Override
  public void close() {
    factory.close();
  }
}
