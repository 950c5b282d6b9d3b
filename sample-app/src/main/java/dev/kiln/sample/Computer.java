package dev.kiln.sample;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToMany;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Projection;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToMany;
import dev.kiln.relation.ToOne;
import java.time.LocalDate;

/**
 * The tutorials' {@code Computer} with {@code __tablename__ = "computers"}: package-private fields,
 * no accessors needed. The web app's CRUD pages edit it, so its name is required, unique and at
 * most 80 characters (the tutorial's {@code db.Text} has no limit), and it may have an owner and
 * tags.
 */
@Table(name = "computers")
public class Computer {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 80, unique = true, nullable = false)
  String name;

  Integer memoryInGb;

  /**
   * The day it came on the market, if known. Added after the first release: the processor wrote
   * {@code V2__add_computers_introduced.sql} for each database, and {@code db.migrate()} adds the
   * column to a database of the first version, keeping its rows.
   */
  LocalDate introduced;

  /** The user who owns it, if any; deleting the user keeps the computer, ownerless. */
  @ManyToOne(onDelete = OnDelete.SET_NULL)
  final ToOne<User> owner = new ToOne<>();

  /** Through the association table {@code computer_tag}, which Kiln creates. */
  @ManyToMany
  final ToMany<Tag> tags = new ToMany<>();

  /** Name and memory only: {@code with_entities(Computer.name, Computer.memory_in_gb)}, checked by javac. */
  @Projection
  public record Spec(String name, Integer memoryInGb) {}

  /** For Kiln, which fills the fields from a row. */
  Computer() {}

  public Computer(String name, Integer memoryInGb) {
    this.name = name;
    this.memoryInGb = memoryInGb;
  }

  public Integer id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Integer memoryInGb() {
    return memoryInGb;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void setMemoryInGb(Integer memoryInGb) {
    this.memoryInGb = memoryInGb;
  }

  public LocalDate introduced() {
    return introduced;
  }

  public void setIntroduced(LocalDate introduced) {
    this.introduced = introduced;
  }

  public ToOne<User> owner() {
    return owner;
  }

  public ToMany<Tag> tags() {
    return tags;
  }

  @Override
  public String toString() {
    return "This " + name + " has " + memoryInGb + " GB of memory";
  }
}
