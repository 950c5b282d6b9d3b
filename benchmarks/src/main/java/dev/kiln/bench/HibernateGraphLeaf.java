package dev.kiln.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** {@link GraphLeaf} as a Hibernate entity over the same table, its reference lazy. */
@Entity
@Table(name = "graph_leaf")
public class HibernateGraphLeaf implements GraphView.Leaf {
  @Id Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id")
  HibernateGraphChild child;

  int weight;

  /** For Hibernate, which makes the entities it loads. */
  HibernateGraphLeaf() {}

  @Override
  public long id() {
    return id;
  }

  @Override
  public int weight() {
    return weight;
  }
}
