package dev.kiln.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W7 in hand-written JDBC's best form, the physical limit: three statements per call, one per
 * level, each selecting its level of the window by the parents' key range (the children by their
 * {@code parent_id}, the leaves through a join to their child's {@code parent_id}), so that no
 * statement carries a list of keys. Each is prepared once and run in autocommit, as {@link
 * JdbcContender}'s reads are (three statements, three snapshots: consistent here because nothing
 * writes). The rows come ordered as the tree is, so it is assembled by walking the results side by
 * side, with no map: each child goes to the parent the cursor stands on, moved on when the key
 * changes, and each leaf likewise to its child. {@link #graphByKeys} is the same code with Kiln's
 * statements: the levels below the parents selected by the keys of the level above.
 */
@State(Scope.Thread)
public class JdbcGraphContender {
  static final String PARENTS =
      "SELECT id, name FROM graph_parent WHERE id >= ? AND id < ? ORDER BY id";
  static final String CHILDREN =
      "SELECT id, parent_id, position, name FROM graph_child"
          + " WHERE parent_id >= ? AND parent_id < ? ORDER BY parent_id, id";
  /** In the children's order (their parent, then their key), then by key. */
  static final String LEAVES =
      "SELECT l.id, l.child_id, l.weight FROM graph_leaf l JOIN graph_child c ON l.child_id = c.id"
          + " WHERE c.parent_id >= ? AND c.parent_id < ? ORDER BY c.parent_id, l.child_id, l.id";

  /**
   * The children and leaves of the parents and children read, matched by their keys, as a
   * general loader must when it does not know the parents are a key range: Kiln's own statements
   * for this graph, the keys bound as one parameter.
   */
  static final String CHILDREN_BY_KEYS =
      "SELECT id, parent_id, position, name FROM graph_child WHERE parent_id %s ORDER BY parent_id, id";
  static final String LEAVES_BY_KEYS =
      "SELECT id, child_id, weight FROM graph_leaf WHERE child_id %s ORDER BY child_id, id";

  private Connection reader;
  private boolean postgres;
  private PreparedStatement parents;
  private PreparedStatement children;
  private PreparedStatement leaves;
  private PreparedStatement childrenByKeys;
  private PreparedStatement leavesByKeys;

  @Setup(Level.Trial)
  public void setUp(GraphFixture fixture) throws SQLException {
    reader = fixture.connect();
    reader.setAutoCommit(true);
    postgres = fixture.db.equals("postgresql");
    parents = reader.prepareStatement(PARENTS);
    children = reader.prepareStatement(CHILDREN);
    leaves = reader.prepareStatement(LEAVES);
    String keyMatch = postgres ? "= ANY(?)" : "IN (SELECT value FROM json_each(?))";
    childrenByKeys = reader.prepareStatement(CHILDREN_BY_KEYS.formatted(keyMatch));
    leavesByKeys = reader.prepareStatement(LEAVES_BY_KEYS.formatted(keyMatch));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    reader.close();
  }

  /**
   * The parents with keys from {@code from} (inclusive) to {@code to} (exclusive), by key, with
   * their children and the children's leaves, handed to {@code walk}.
   */
  public <R> R graph(long from, long to, Function<List<? extends GraphView.Parent>, R> walk) throws SQLException {
    bindRange(parents, from, to);
    List<PlainGraph.Parent> window = readParents(to - from);
    bindRange(children, from, to);
    List<PlainGraph.Child> windowChildren = readChildren(children, window);
    bindRange(leaves, from, to);
    readLeaves(leaves, windowChildren);
    return walk.apply(window);
  }

  /**
   * {@link #graph} with the children and leaves selected by the keys of the level above, bound as
   * one parameter ({@code = ANY(?)} on PostgreSQL, {@code json_each} on SQLite), as Kiln does.
   */
  public <R> R graphByKeys(long from, long to, Function<List<? extends GraphView.Parent>, R> walk)
      throws SQLException {
    bindRange(parents, from, to);
    List<PlainGraph.Parent> window = readParents(to - from);
    bindKeys(childrenByKeys, window, PlainGraph.Parent::id);
    List<PlainGraph.Child> windowChildren = readChildren(childrenByKeys, window);
    bindKeys(leavesByKeys, windowChildren, PlainGraph.Child::id);
    readLeaves(leavesByKeys, windowChildren);
    return walk.apply(window);
  }

  private List<PlainGraph.Parent> readParents(long count) throws SQLException {
    List<PlainGraph.Parent> window = new ArrayList<>((int) count);
    try (ResultSet rs = parents.executeQuery()) {
      while (rs.next()) {
        window.add(new PlainGraph.Parent(
            rs.getLong(1), rs.getString(2), new ArrayList<>(GraphFixture.CHILDREN_PER_PARENT)));
      }
    }
    return window;
  }

  private static List<PlainGraph.Child> readChildren(PreparedStatement statement, List<PlainGraph.Parent> window)
      throws SQLException {
    List<PlainGraph.Child> windowChildren = new ArrayList<>(window.size() * GraphFixture.CHILDREN_PER_PARENT);
    try (ResultSet rs = statement.executeQuery()) {
      int owner = 0;
      while (rs.next()) {
        owner = ownerAt(window, owner, rs.getLong(2), PlainGraph.Parent::id);
        PlainGraph.Child child =
            new PlainGraph.Child(
                rs.getLong(1), rs.getInt(3), rs.getString(4), new ArrayList<>(GraphFixture.LEAVES_PER_CHILD));
        window.get(owner).children().add(child);
        windowChildren.add(child);
      }
    }
    return windowChildren;
  }

  private static void readLeaves(PreparedStatement statement, List<PlainGraph.Child> windowChildren)
      throws SQLException {
    try (ResultSet rs = statement.executeQuery()) {
      int owner = 0;
      while (rs.next()) {
        owner = ownerAt(windowChildren, owner, rs.getLong(2), PlainGraph.Child::id);
        windowChildren.get(owner).leaves().add(new PlainGraph.Leaf(rs.getLong(1), rs.getInt(3)));
      }
    }
  }

  /** The owners' keys as the statement's one parameter: a bigint array, or a JSON array of numbers. */
  private <T> void bindKeys(PreparedStatement statement, List<T> owners, ToLongFunction<T> id) throws SQLException {
    if (postgres) {
      Long[] keys = new Long[owners.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = id.applyAsLong(owners.get(i));
      }
      statement.setArray(1, reader.createArrayOf("bigint", keys));
    } else {
      StringBuilder json = new StringBuilder(owners.size() * 6).append('[');
      for (int i = 0; i < owners.size(); i++) {
        json.append(i == 0 ? "" : ",").append(id.applyAsLong(owners.get(i)));
      }
      statement.setString(1, json.append(']').toString());
    }
  }

  private static void bindRange(PreparedStatement statement, long from, long to) throws SQLException {
    statement.setLong(1, from);
    statement.setLong(2, to);
  }

  /**
   * The index, from {@code at} on, of the owner with key {@code key}: the one at {@code at}, or a
   * later one when the key moved on (owners with no rows are passed over).
   */
  private static <T> int ownerAt(List<T> owners, int at, long key, ToLongFunction<T> id) {
    int index = at;
    while (id.applyAsLong(owners.get(index)) != key) {
      index++;
      if (index == owners.size()) {
        throw new IllegalStateException("a row refers to " + key + ", not among the owners read, in their order");
      }
    }
    return index;
  }
}
