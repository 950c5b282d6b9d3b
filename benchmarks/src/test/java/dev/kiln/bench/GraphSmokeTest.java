package dev.kiln.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every W7 benchmark method once on each database, so that none can rot, and checks that
 * every contender loads the same graph as the fixture wrote it: the same rows with the same values,
 * each under its owner, in key order. And that a benchmark whose walk finds less than it should
 * throws. {@link GraphStatementCountTest} counts the statements each sends.
 */
class GraphSmokeTest {
  /** The first window, one in the middle and the last. */
  private static final long[] STARTS = {1, 457, GraphFixture.PARENTS - Graph.PARENTS_PER_CALL + 1};

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void everyBenchmarkMethodRunsAndEveryContenderLoadsTheSameGraph(TestDatabase database) throws Exception {
    try (GraphContenders contenders = GraphContenders.on(database)) {
      for (Map.Entry<String, Callable<GraphTotals>> benchmark : contenders.benchmarks().entrySet()) {
        // Each checks what it walked itself, and throws if it is off.
        assertThat(benchmark.getValue().call().parents()).as(benchmark.getKey()).isEqualTo(Graph.PARENTS_PER_CALL);
      }

      for (long from : STARTS) {
        long to = from + Graph.PARENTS_PER_CALL;
        List<String> expected = expectedGraph(from, to);
        assertThat(contenders.jdbc.graph(from, to, GraphSmokeTest::describe)).as("jdbc").isEqualTo(expected);
        assertThat(contenders.jdbc.graphByKeys(from, to, GraphSmokeTest::describe)).as("jdbc by keys").isEqualTo(expected);
        assertThat(contenders.kiln.eager(from, to, GraphSmokeTest::describe)).as("kiln eager").isEqualTo(expected);
        assertThat(contenders.kiln.walked(from, to, GraphSmokeTest::describe)).as("kiln walked").isEqualTo(expected);
        assertThat(contenders.kiln.walkedReadOnly(from, to, GraphSmokeTest::describe))
            .as("kiln read-only")
            .isEqualTo(expected);
        assertThat(contenders.hibernate.lazy(from, to, GraphSmokeTest::describe))
            .as("hibernate lazy")
            .isEqualTo(expected);
        assertThat(contenders.hibernate.joinFetchAndBatch(from, to, GraphSmokeTest::describe))
            .as("hibernate join fetch and batch")
            .isEqualTo(expected);
        assertThat(contenders.jooq.graph(from, to, GraphSmokeTest::describe)).as("jooq").isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.class, names = {"SQLITE", "POSTGRESQL"}) // the benchmarks run on these two
  void aBenchmarkWhoseWalkFindsLessThanTheWindowHoldsFails(TestDatabase database) throws Exception {
    try (GraphContenders contenders = GraphContenders.on(database)) {
      try (Connection c = contenders.fixture.connect();
          Statement s = c.createStatement()) {
        // Every parent's first leaf: whichever window a call draws, it lacks one leaf per parent.
        s.executeUpdate(
            "DELETE FROM graph_leaf WHERE id % " + GraphFixture.CHILDREN_PER_PARENT * GraphFixture.LEAVES_PER_CHILD
                + " = 1");
        c.commit();
      }
      contenders.benchmarks().forEach(
          (name, benchmark) ->
              assertThatThrownBy(benchmark::call)
                  .as(name)
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("leaves=" + (Graph.LEAVES_PER_CALL - Graph.PARENTS_PER_CALL) + ","));
    }
  }

  /**
   * The graph as lines, one per row, each naming its owner: each parent followed by its children,
   * each child by its leaves, in the order the contender's lists hold them.
   */
  static List<String> describe(List<? extends GraphView.Parent> parents) {
    List<String> lines = new ArrayList<>();
    for (GraphView.Parent parent : parents) {
      lines.add(parentLine(parent.id(), parent.name()));
      for (GraphView.Child child : parent.children()) {
        lines.add(childLine(parent.id(), child.id(), child.position(), child.name()));
        for (GraphView.Leaf leaf : child.leaves()) {
          lines.add(leafLine(child.id(), leaf.id(), leaf.weight()));
        }
      }
    }
    return lines;
  }

  /** {@link #describe} of the parents from key {@code from} to {@code to} (exclusive), as the fixture wrote them. */
  private static List<String> expectedGraph(long from, long to) {
    List<String> lines = new ArrayList<>();
    for (long parent = from; parent < to; parent++) {
      lines.add(parentLine(parent, "parent-" + parent));
      long firstChild = (parent - 1) * GraphFixture.CHILDREN_PER_PARENT + 1;
      for (int position = 0; position < GraphFixture.CHILDREN_PER_PARENT; position++) {
        long child = firstChild + position;
        lines.add(childLine(parent, child, position, "child-" + child));
        long firstLeaf = (child - 1) * GraphFixture.LEAVES_PER_CHILD + 1;
        for (long leaf = firstLeaf; leaf < firstLeaf + GraphFixture.LEAVES_PER_CHILD; leaf++) {
          lines.add(leafLine(child, leaf, GraphFixture.weight(leaf)));
        }
      }
    }
    return lines;
  }

  private static String parentLine(long id, String name) {
    return "parent " + id + " " + name;
  }

  private static String childLine(long parent, long id, int position, String name) {
    return "  child " + id + " of " + parent + " at " + position + " " + name;
  }

  private static String leafLine(long child, long id, int weight) {
    return "    leaf " + id + " of " + child + " weighing " + weight;
  }
}
