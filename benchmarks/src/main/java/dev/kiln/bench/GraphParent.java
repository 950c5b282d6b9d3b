package dev.kiln.bench;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import java.util.List;

/**
 * W7's top level as a Kiln model: a row of {@code graph_parent} and its {@link GraphChild}ren, the
 * rows whose {@code parent_id} refers to it (loaded with the query or on first use). Keys are
 * assigned by {@link GraphFixture}. Hibernate has its own copy, {@link HibernateGraphParent}.
 */
@Table(name = "graph_parent")
public class GraphParent implements GraphView.Parent {
  @Column(primaryKey = true)
  Long id;

  @Column(length = 40, nullable = false)
  String name;

  final ToMany<GraphChild> children = new ToMany<>();

  public GraphParent() {}

  @Override
  public long id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<GraphChild> children() {
    return children;
  }
}
