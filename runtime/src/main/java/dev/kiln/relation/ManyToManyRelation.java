package dev.kiln.relation;

import dev.kiln.query.Column;
import dev.kiln.query.Related;
import dev.kiln.query.SqlBuilder;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.TableDef;
import dev.kiln.schema.TableSchema;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@code @ManyToMany} relationship from {@code S} to {@code T}, through an association table of
 * two foreign keys that Kiln names and creates ({@code post_tag}: {@code post_id}, {@code tag_id}).
 * The side that declares the table owns it; the other side, if the target declares one ({@code
 * @ManyToMany(mappedBy = "tags")}), reads the same table the other way round.
 */
public final class ManyToManyRelation<S, T> extends CollectionRelation<S, T> {
  /** The owning side's facts; null on the inverse side, which asks {@link #owning}. */
  private final String associationTable;
  private final String ownerColumn;
  private final String targetColumn;
  private final Supplier<TableDef<T>> target;
  /** The owning side, for an inverse side; null on the owning side. */
  private final Supplier<ManyToManyRelation<T, S>> owning;
  /** The other side's relationship, or null if the target declares none; found on first use. */
  private CollectionRelation<T, S> otherSide;
  private boolean otherSideFound;

  /** The owning side: {@code S} declares the association table and its two columns. */
  public ManyToManyRelation(
      TableDef<S> table,
      int index,
      String name,
      Supplier<TableDef<T>> target,
      String associationTable,
      String ownerColumn,
      String targetColumn) {
    super(table, index, name);
    this.target = target;
    this.associationTable = associationTable;
    this.ownerColumn = ownerColumn;
    this.targetColumn = targetColumn;
    this.owning = null;
  }

  /** The inverse side of the target's {@code owning} relationship, over the same table. */
  public ManyToManyRelation(TableDef<S> table, int index, String name, Supplier<ManyToManyRelation<T, S>> owning) {
    super(table, index, name);
    this.target = null;
    this.associationTable = null;
    this.ownerColumn = null;
    this.targetColumn = null;
    this.owning = owning;
  }

  /** Whether this side declares the association table. */
  public boolean owns() {
    return owning == null;
  }

  /** The owning side: this, or the target's relationship this is the inverse of. */
  public ManyToManyRelation<?, ?> owningSide() {
    return owns() ? this : owning.get();
  }

  @Override
  public TableDef<T> target() {
    return owns() ? target.get() : owning.get().table();
  }

  /** The association table's name. */
  public String associationTable() {
    return owns() ? associationTable : owning.get().associationTable();
  }

  /** The association column holding the key of this side's object. */
  public String ownerColumn() {
    return owns() ? ownerColumn : owning.get().targetColumn();
  }

  /** The association column holding the key of the target. */
  public String targetColumn() {
    return owns() ? targetColumn : owning.get().ownerColumn();
  }

  /** Through the association table: a left join keeps the rows with no link. */
  @Override
  void renderJoin(SqlBuilder sql, String keyword) {
    TableDef<T> target = target();
    String association = associationTable();
    sql.append(keyword).identifier(association).append(" ON ");
    qualified(sql, association, ownerColumn());
    sql.append(" = ");
    qualified(sql, table().name(), table().primaryKey().get(0).name());
    sql.append(keyword).identifier(target.name()).append(" ON ");
    qualified(sql, target.name(), target.primaryKey().get(0).name());
    sql.append(" = ");
    qualified(sql, association, targetColumn());
  }

  @Override
  List<Related.Hop> hops() {
    TableDef<T> target = target();
    return List.of(
        new Related.Hop(associationTable(), List.of(ownerColumn()), List.of(targetColumn())),
        new Related.Hop(target.name(), names(target.primaryKey()), List.of()));
  }

  /**
   * The association table: the two columns, typed as the keys they hold, together its primary key,
   * each a foreign key that deletes the link with its row, the second one indexed for reading the
   * table the other way round.
   */
  public TableSchema associationSchema() {
    if (!owns()) {
      throw new IllegalStateException(this + " reads the table " + associationTable() + " of the other side");
    }
    TableDef<S> ownerTable = table();
    TableDef<T> targetTable = target();
    return TableSchema.association(associationTable, ownerColumn, ownerTable.name(), keyColumn(ownerTable),
        targetColumn, targetTable.name(), keyColumn(targetTable));
  }

  /** The table's single key column. */
  private static ColumnSchema keyColumn(TableDef<?> table) {
    Column<?, ?> key = table.primaryKey().get(0);
    return table.schema().columns().get(key.index());
  }

  @Override
  void added(S owner, T element) {
    CollectionRelation<T, S> other = otherSide();
    if (other != null) {
      ToMany<S> mirror = other.holder(element);
      if (mirror != null && mirror.isLoaded()) {
        mirror.follow(owner, true);
      }
    }
  }

  @Override
  void removed(S owner, T element) {
    CollectionRelation<T, S> other = otherSide();
    if (other != null) {
      ToMany<S> mirror = other.holder(element);
      if (mirror != null && mirror.isLoaded()) {
        mirror.follow(owner, false);
      }
    }
  }

  /** The relationship on the target that reads the same table the other way, or null. */
  private CollectionRelation<T, S> otherSide() {
    if (!otherSideFound) {
      otherSide = owns() ? inverseOnTarget() : owning.get();
      otherSideFound = true;
    }
    return otherSide;
  }

  @SuppressWarnings("unchecked") // its owning side is this, so it leads back to S
  private CollectionRelation<T, S> inverseOnTarget() {
    for (Relation<T, ?> relation : target().relations()) {
      if (relation instanceof ManyToManyRelation<T, ?> other && !other.owns() && other.owningSide() == this) {
        return (CollectionRelation<T, S>) other;
      }
    }
    return null;
  }
}
