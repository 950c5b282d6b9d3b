package dev.kiln.bench;

import java.util.List;

/**
 * What walking a W7 graph found: how many parents, children and leaves, and the sum of the leaves'
 * weights. Every W7 benchmark walks the whole graph it loaded and compares this with {@link
 * GraphFixture#expectedTotals}, so that no contender can load less, or skip a level, unnoticed.
 */
record GraphTotals(int parents, int children, int leaves, long weights) {
  /** Walks every parent, each of its children and each of their leaves. */
  static GraphTotals walk(List<? extends GraphView.Parent> parents) {
    int children = 0;
    int leaves = 0;
    long weights = 0;
    for (GraphView.Parent parent : parents) {
      for (GraphView.Child child : parent.children()) {
        children++;
        for (GraphView.Leaf leaf : child.leaves()) {
          leaves++;
          weights += leaf.weight();
        }
      }
    }
    return new GraphTotals(parents.size(), children, leaves, weights);
  }
}
