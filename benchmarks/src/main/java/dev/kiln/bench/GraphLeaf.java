package dev.kiln.bench;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToOne;

/**
 * W7's bottom level as a Kiln model: a row of {@code graph_leaf}, referring to its {@link
 * GraphChild} (column {@code child_id}, required, deleted with it), with a weight the workload sums.
 */
@Table(name = "graph_leaf")
public class GraphLeaf implements GraphView.Leaf {
  @Column(primaryKey = true)
  Long id;

  @ManyToOne(onDelete = OnDelete.CASCADE)
  @Column(nullable = false)
  final ToOne<GraphChild> child = new ToOne<>();

  int weight;

  public GraphLeaf() {}

  @Override
  public long id() {
    return id;
  }

  @Override
  public int weight() {
    return weight;
  }
}
