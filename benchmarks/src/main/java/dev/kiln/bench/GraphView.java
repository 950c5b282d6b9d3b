package dev.kiln.bench;

import java.util.List;

/**
 * W7's graph as every contender's objects show it: a parent's children, a child's leaves, and the
 * values the workload reads. Kiln's models, Hibernate's entities and the plain records that
 * hand-written JDBC and jOOQ assemble ({@link PlainGraph}) all implement these, so that one walk
 * ({@link GraphTotals#walk}) and one comparison (the smoke test's) serve them all. In a JMH run
 * each benchmark has a fork of its own, so the walk's calls see one implementation each.
 */
interface GraphView {
  /** A row of {@code graph_parent}. */
  interface Parent {
    long id();

    String name();

    /** The parent's children, by key. */
    List<? extends Child> children();
  }

  /** A row of {@code graph_child}. */
  interface Child {
    long id();

    int position();

    String name();

    /** The child's leaves, by key. */
    List<? extends Leaf> leaves();
  }

  /** A row of {@code graph_leaf}. */
  interface Leaf {
    long id();

    int weight();
  }
}
