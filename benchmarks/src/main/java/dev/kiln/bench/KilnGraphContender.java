package dev.kiln.bench;

import dev.kiln.Database;
import dev.kiln.session.Session;
import java.util.List;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W7 in Kiln's documented idioms (README, "Relationships"): a session per call, the generated
 * {@link GraphParentDao}'s query for the window of parents, and the two levels below it either
 * loaded with the query ({@code load(GraphParentTable.CHILDREN, GraphChildTable.LEAVES)}) or on
 * first use while walking, where the first child collection touched loads every parent's children
 * and the first leaf collection every child's leaves. Either way three statements, the second and
 * third with the keys of the level above in an {@code IN} list. The walk runs inside the session,
 * which a lazily loaded collection needs.
 */
@State(Scope.Thread)
public class KilnGraphContender {
  private Database database;

  @Setup(Level.Trial)
  public void setUp(GraphFixture fixture) {
    database =
        Database.connect(
            fixture.kilnUrl, List.of(GraphParentTable.TABLE, GraphChildTable.TABLE, GraphLeafTable.TABLE));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    database.close();
  }

  /** The window, its children and their leaves loaded with the query, walked after. */
  public <R> R eager(long from, long to, Function<List<? extends GraphView.Parent>, R> walk) {
    try (Session session = database.openSession()) {
      return walk.apply(window(session, from, to).load(GraphParentTable.CHILDREN, GraphChildTable.LEAVES).all());
    }
  }

  /** The window alone; walking it loads each level below, for the whole window at once. */
  public <R> R walked(long from, long to, Function<List<? extends GraphView.Parent>, R> walk) {
    try (Session session = database.openSession()) {
      return walk.apply(window(session, from, to).all());
    }
  }

  /** {@link #walked} in a read-only session, which tracks nothing it reads. */
  public <R> R walkedReadOnly(long from, long to, Function<List<? extends GraphView.Parent>, R> walk) {
    try (Session session = database.openReadOnlySession()) {
      return walk.apply(window(session, from, to).all());
    }
  }

  private static GraphParentQuery window(Session session, long from, long to) {
    return new GraphParentDao(session)
        .query()
        .where(GraphParentTable.ID.ge(from), GraphParentTable.ID.lt(to))
        .orderBy(GraphParentTable.ID.asc());
  }
}
