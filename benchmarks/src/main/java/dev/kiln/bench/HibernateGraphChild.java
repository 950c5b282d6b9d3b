package dev.kiln.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link GraphChild} as a Hibernate entity over the same table. The reference to the parent is
 * lazy, as Hibernate's guide recommends for every association (the walk never follows it, and the
 * parent is in the session anyway); the leaves are a lazy {@code @OneToMany}, as JPA's default.
 */
@Entity
@Table(name = "graph_child")
public class HibernateGraphChild implements GraphView.Child {
  @Id Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "parent_id")
  HibernateGraphParent parent;

  int position;

  @Column(length = 40)
  String name;

  @OneToMany(mappedBy = "child")
  @OrderBy("id")
  List<HibernateGraphLeaf> leaves = new ArrayList<>();

  /** For Hibernate, which makes the entities it loads. */
  HibernateGraphChild() {}

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
  public List<HibernateGraphLeaf> leaves() {
    return leaves;
  }
}
