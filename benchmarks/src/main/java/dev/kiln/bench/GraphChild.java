package dev.kiln.bench;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;
import java.util.List;

/**
 * W7's middle level as a Kiln model: a row of {@code graph_child}, referring to its {@link
 * GraphParent} (column {@code parent_id}, required, deleted with it), with {@link GraphLeaf}ves of
 * its own.
 */
@Table(name = "graph_child")
public class GraphChild implements GraphView.Child {
  @Column(primaryKey = true)
  Long id;

  @ManyToOne(onDelete = OnDelete.CASCADE)
  @Column(nullable = false)
  final ToOne<GraphParent> parent = new ToOne<>();

  int position;

  @Column(length = 40)
  String name;

  final ToMany<GraphLeaf> leaves = new ToMany<>();

  public GraphChild() {}

  @Override
  public long id() {
    return id;
  }

  @Override
  public int position() {
    return position;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<GraphLeaf> leaves() {
    return leaves;
  }
}
