package dev.kiln.sample;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Projection;
import dev.kiln.annotation.Table;

/**
 * The tutorials' {@code Computer} with {@code __tablename__ = "computers"}: package-private fields,
 * no accessors needed.
 */
@Table(name = "computers")
public class Computer {
  @Column(primaryKey = true)
  Integer id;

  /** {@code db.Text}: a string without a length. */
  String name;

  Integer memoryInGb;

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

  @Override
  public String toString() {
    return "This " + name + " has " + memoryInGb + " GB of memory";
  }
}
