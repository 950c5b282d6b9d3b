package dev.kiln.bench;

import dev.kiln.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W7's tables, in a database made once per trial ({@link BenchDatabase}) and shared by every
 * contender: {@link #PARENTS} rows of {@code graph_parent} (keys 1 to {@link #PARENTS}), {@link
 * #CHILDREN_PER_PARENT} rows of {@code graph_child} for each and {@link #LEAVES_PER_CHILD} rows of
 * {@code graph_leaf} for each child.
 *
 * <p>The tables are created by Kiln's {@code createAll()} from the models {@link GraphParent},
 * {@link GraphChild} and {@link GraphLeaf} (foreign keys, each indexed, deleting with their row),
 * and filled by plain JDBC batches with keys assigned here, so Hibernate's entities need no
 * generator. Keys are dense and in order: child {@code c} belongs to parent {@link #parentOf}{@code
 * (c)}, leaf {@code l} to child {@link #childOf}{@code (l)}, so a window of parents owns a range of
 * children and a range of leaves, and what it holds ({@link #expectedTotals}) is known without
 * reading it.
 */
@State(Scope.Benchmark)
public class GraphFixture extends BenchDatabase {
  static final String SCHEMA = "kiln_graph";
  static final int PARENTS = 1000;
  static final int CHILDREN_PER_PARENT = 10;
  static final int LEAVES_PER_CHILD = 2;
  static final int CHILDREN = PARENTS * CHILDREN_PER_PARENT;
  static final int LEAVES = CHILDREN * LEAVES_PER_CHILD;
  private static final int ROWS_PER_BATCH = 1000;

  /** The sum of the weights of every leaf under parents 1 to {@code p}, at index {@code p}. */
  private final long[] weightsUpTo = new long[PARENTS + 1];

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    open(SCHEMA);
    try (Database database =
        Database.connect(kilnUrl, List.of(GraphParentTable.TABLE, GraphChildTable.TABLE, GraphLeafTable.TABLE))) {
      database.createAll();
    }
    load();
    for (long leaf = 1; leaf <= LEAVES; leaf++) {
      weightsUpTo[(int) parentOf(childOf(leaf))] += weight(leaf);
    }
    for (int parent = 1; parent <= PARENTS; parent++) {
      weightsUpTo[parent] += weightsUpTo[parent - 1];
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    close();
  }

  /** The parent of child {@code child}. */
  static long parentOf(long child) {
    return (child - 1) / CHILDREN_PER_PARENT + 1;
  }

  /** The child's place among its parent's children, from 0. */
  static int positionOf(long child) {
    return (int) ((child - 1) % CHILDREN_PER_PARENT);
  }

  /** The child of leaf {@code leaf}. */
  static long childOf(long leaf) {
    return (leaf - 1) / LEAVES_PER_CHILD + 1;
  }

  static String parentName(long id) {
    return "parent-" + id;
  }

  static String childName(long id) {
    return "child-" + id;
  }

  /** Leaf {@code id}'s weight: varied, so that a leaf read twice or from the wrong row shows in the sum. */
  static int weight(long leafId) {
    return (int) (leafId * 37 % 1000);
  }

  /** What the {@code parents} parents from key {@code start} on hold, walked to the leaves. */
  GraphTotals expectedTotals(long start, int parents) {
    int first = (int) start - 1;
    return new GraphTotals(
        parents,
        parents * CHILDREN_PER_PARENT,
        parents * CHILDREN_PER_PARENT * LEAVES_PER_CHILD,
        weightsUpTo[first + parents] - weightsUpTo[first]);
  }

  private void load() throws SQLException {
    try (Connection c = connect()) {
      // Each level after the one it refers to: the foreign keys are checked as rows go in.
      insertRows(c, "INSERT INTO graph_parent (id, name) VALUES (?, ?)", PARENTS, (insert, id) -> {
        insert.setLong(1, id);
        insert.setString(2, parentName(id));
      });
      insertRows(c, "INSERT INTO graph_child (id, parent_id, position, name) VALUES (?, ?, ?, ?)", CHILDREN,
          (insert, id) -> {
            insert.setLong(1, id);
            insert.setLong(2, parentOf(id));
            insert.setInt(3, positionOf(id));
            insert.setString(4, childName(id));
          });
      insertRows(c, "INSERT INTO graph_leaf (id, child_id, weight) VALUES (?, ?, ?)", LEAVES, (insert, id) -> {
        insert.setLong(1, id);
        insert.setLong(2, childOf(id));
        insert.setInt(3, weight(id));
      });
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        // Statistics for the planners, which otherwise know nothing of the new rows.
        s.execute(sqlite() ? "ANALYZE" : "VACUUM ANALYZE graph_parent, graph_child, graph_leaf");
        verifyCount(s, "graph_parent", PARENTS);
        verifyCount(s, "graph_child", CHILDREN);
        verifyCount(s, "graph_leaf", LEAVES);
      }
    }
  }

  /** Binds row {@code id}'s values to the insert. */
  @FunctionalInterface
  private interface RowValues {
    void bind(PreparedStatement insert, long id) throws SQLException;
  }

  /** Inserts rows 1 to {@code rows}, in batches of {@link #ROWS_PER_BATCH}. */
  private static void insertRows(Connection c, String sql, int rows, RowValues values) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      for (long id = 1; id <= rows; id++) {
        values.bind(insert, id);
        insert.addBatch();
        if (id % ROWS_PER_BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static void verifyCount(Statement s, String table, long expected) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      if (rs.getLong(1) != expected) {
        throw new IllegalStateException("loaded " + rs.getLong(1) + " rows into " + table + ", not " + expected);
      }
    }
  }
}
