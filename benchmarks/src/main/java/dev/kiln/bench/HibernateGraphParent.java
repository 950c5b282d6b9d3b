package dev.kiln.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link GraphParent} as a Hibernate entity over the same table, with its key as {@link
 * GraphFixture} assigned it. The children are a {@code @OneToMany} with JPA's default, lazy
 * fetching (nothing in the mapping asks for batches or joins: {@link HibernateGraphContender} asks
 * per session or query).
 */
@Entity
@Table(name = "graph_parent")
public class HibernateGraphParent implements GraphView.Parent {
  @Id Long id;

  @Column(length = 40, nullable = false)
  String name;

  @OneToMany(mappedBy = "parent")
  @OrderBy("id")
  List<HibernateGraphChild> children = new ArrayList<>();

  /** For Hibernate, which makes the entities it loads. */
  HibernateGraphParent() {}

  @Override
  public long id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<HibernateGraphChild> children() {
    return children;
  }
}
