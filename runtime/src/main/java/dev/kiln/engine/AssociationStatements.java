package dev.kiln.engine;

import dev.kiln.dialect.Dialect;
import dev.kiln.query.Column;
import dev.kiln.relation.ManyToManyRelation;
import dev.kiln.schema.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of one side of a many-to-many relationship, rendered once per dialect: reading the
 * targets of many owners through the association table, and adding and removing links.
 */
public final class AssociationStatements {
  /** {@code SELECT "tag"."id", ..., "post_tag"."post_id" FROM "tag" JOIN "post_tag" ON ...}, up to the WHERE. */
  private final String selectTargets;
  private final String ownerColumn;
  private final Dialect dialect;
  private final String orderBy;
  /** {@code INSERT INTO "post_tag" ("post_id", "tag_id") VALUES (?, ?)}, in this side's order. */
  public final String insertLink;
  /** {@code DELETE FROM "post_tag" WHERE "post_id" = ? AND "tag_id" = ?}, in this side's order. */
  public final String deleteLink;

  AssociationStatements(ManyToManyRelation<?, ?> relation, Dialect dialect) {
    this.dialect = dialect;
    TableDef<?> target = relation.target();
    String association = dialect.quote(relation.associationTable());
    String targetTable = dialect.quote(target.name());
    this.ownerColumn = association + "." + dialect.quote(relation.ownerColumn());
    String targetColumn = association + "." + dialect.quote(relation.targetColumn());
    List<String> columns = new ArrayList<>();
    for (Column<?, ?> column : target.columns()) {
      columns.add(targetTable + "." + dialect.quote(column.name()));
    }
    String targetKey = targetTable + "." + dialect.quote(target.primaryKey().get(0).name());
    this.selectTargets =
        "SELECT " + String.join(", ", columns) + ", " + ownerColumn + " FROM " + targetTable + " JOIN " + association
            + " ON " + targetColumn + " = " + targetKey;
    this.orderBy = " ORDER BY " + ownerColumn + ", " + targetKey;
    String owner = dialect.quote(relation.ownerColumn());
    String other = dialect.quote(relation.targetColumn());
    this.insertLink = "INSERT INTO " + association + " (" + owner + ", " + other + ") VALUES (?, ?)";
    this.deleteLink = "DELETE FROM " + association + " WHERE " + owner + " = ? AND " + other + " = ?";
  }

  /** As {@link #selectTargets}, the owners' keys bound as one parameter ({@code Dialect.keyListMatch}). */
  public String selectTargetsOfList() {
    return selectTargets + " WHERE " + dialect.keyListMatch(ownerColumn) + orderBy;
  }

  /**
   * Every column of the targets linked to {@code count} owners, then the owner's key, ordered by
   * owner and then target key.
   */
  public String selectTargets(int count) {
    return selectTargets + " WHERE " + ownerColumn + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")"
        + orderBy;
  }
}
