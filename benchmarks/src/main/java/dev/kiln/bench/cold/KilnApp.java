package dev.kiln.bench.cold;

import dev.kiln.Database;
import dev.kiln.bench.cold.kiln.KilnTables;
import dev.kiln.bench.cold.kiln.Model001;
import dev.kiln.bench.cold.kiln.Model001Dao;
import dev.kiln.schema.TableDef;
import dev.kiln.session.Session;
import java.util.List;

/**
 * W8's application on Kiln, as its {@code main} would start it: one {@link Database} knowing the
 * application's tables (an explicit list, as {@link dev.kiln.bench.KilnContender} does), then a
 * {@link Session} and the generated DAO for the first query.
 */
final class KilnApp implements AutoCloseable {
  private final Database database;

  KilnApp(ColdDatabase where, int entities) {
    database = Database.connect(where.kilnUrl(), tables(entities));
  }

  /** The tables of the first {@code entities} models: only those classes are loaded. */
  private static List<TableDef<?>> tables(int entities) {
    return switch (entities) {
      case ModelSources.FEW -> KilnTables.few();
      case ModelSources.MODELS -> KilnTables.all();
      default -> throw new IllegalArgumentException("entities must be 10 or 200, not " + entities);
    };
  }

  Model001 get(long key) {
    try (Session session = database.openSession()) {
      return new Model001Dao(session).get(key).orElse(null);
    }
  }

  @Override
  public void close() {
    database.close();
  }
}
