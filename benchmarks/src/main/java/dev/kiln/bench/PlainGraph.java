package dev.kiln.bench;

import java.util.List;

/**
 * W7's graph as plain records, which hand-written JDBC and jOOQ fill: no session, no tracking, just
 * the values and the lists that hold the next level.
 */
final class PlainGraph {
  private PlainGraph() {}

  record Parent(long id, String name, List<Child> children) implements GraphView.Parent {}

  record Child(long id, int position, String name, List<Leaf> leaves) implements GraphView.Child {}

  record Leaf(long id, int weight) implements GraphView.Leaf {}
}
