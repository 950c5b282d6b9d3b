package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.OneToMany;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;

/** A tree that owns its branches: deleting a folder deletes everything in it. */
@Table
public class Folder {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false)
  String name;

  final ToOne<Folder> parent = new ToOne<>();

  @OneToMany(mappedBy = "parent", deleteOrphans = true)
  final ToMany<Folder> children = new ToMany<>();

  public Folder() {}

  public Folder(String name) {
    this.name = name;
  }

  /** A new folder in this one. */
  Folder add(String childName) {
    Folder child = new Folder(childName);
    children.add(child);
    return child;
  }
}
