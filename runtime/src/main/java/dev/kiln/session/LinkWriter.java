package dev.kiln.session;

import dev.kiln.dialect.Dialect;
import dev.kiln.engine.AssociationStatements;
import dev.kiln.engine.Engine;
import dev.kiln.jdbc.Params;
import dev.kiln.relation.ManyToManyRelation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the links a flush added to and removed from many-to-many collections: rows of their
 * association tables, inserted and deleted with one {@code executeBatch} per table and kind,
 * removals first, so that a link removed and added again is written once.
 */
final class LinkWriter {
  /** A link to add or remove, by the keys of its two rows, in the owning side's order. */
  record Link(ManyToManyRelation<?, ?> owning, Object ownerKey, Object targetKey, boolean added) {}

  private final Engine engine;
  private final Dialect dialect;
  private final SessionTransaction transaction;

  LinkWriter(Engine engine, SessionTransaction transaction) {
    this.engine = engine;
    this.dialect = engine.dialect();
    this.transaction = transaction;
  }

  void write(List<Link> links) {
    write(links, false);
    write(links, true);
  }

  private void write(List<Link> links, boolean added) {
    Map<ManyToManyRelation<?, ?>, List<Link>> byTable = new LinkedHashMap<>();
    for (Link link : links) {
      if (link.added() == added) {
        byTable.computeIfAbsent(link.owning(), unused -> new ArrayList<>()).add(link);
      }
    }
    for (Map.Entry<ManyToManyRelation<?, ?>, List<Link>> table : byTable.entrySet()) {
      ManyToManyRelation<?, ?> owning = table.getKey();
      List<Link> batch = table.getValue();
      AssociationStatements statements = engine.statements(owning);
      transaction.run(
          SessionTransaction.Need.WRITE,
          added ? statements.insertLink : statements.deleteLink,
          () -> keys(batch),
          statement -> {
            Params params = dialect.params(statement);
            for (Link link : batch) {
              owning.table().bindKey(params, 1, link.ownerKey());
              owning.target().bindKey(params, 2, link.targetKey());
              statement.addBatch();
            }
            return statement.executeBatch();
          });
    }
  }

  /** The keys bound, for the echo. */
  private static List<Object> keys(List<Link> batch) {
    List<Object> keys = new ArrayList<>(batch.size() * 2);
    for (Link link : batch) {
      keys.add(link.ownerKey());
      keys.add(link.targetKey());
    }
    return keys;
  }
}
