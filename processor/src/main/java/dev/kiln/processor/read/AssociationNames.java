package dev.kiln.processor.read;

/**
 * The names of a many-to-many's association table and its two columns: those written in {@code
 * @ManyToMany}, else {@code <table>_<target table>}, {@code <table>_<key column>} and {@code
 * <target table>_<target key column>}.
 */
public record AssociationNames(String table, String column, String targetColumn, RawColumn field) {

  /** Checks one of the names in effect against the attribute that may have written it. */
  @FunctionalInterface
  public interface NameCheck {
    boolean check(RawColumn field, Explicit<String> attribute, String name);
  }

  /** The names of the owning side {@code field} of {@code model}, whose key is one column. */
  public static AssociationNames of(RawModel model, RawColumn field) {
    RawRelation relation = field.relation();
    String ownKey =
        model.storedColumns().stream().filter(column -> column.primaryKey().value()).findFirst().orElseThrow().columnName();
    String targetTable = relation.targetTableName();
    return new AssociationNames(
        written(relation.associationTable(), model.tableName() + "_" + targetTable),
        written(relation.associationColumn(), model.tableName() + "_" + ownKey),
        written(relation.associationTargetColumn(), targetTable + "_" + relation.targetKey().get(0).columnName()),
        field);
  }

  private static String written(Explicit<String> attribute, String fallback) {
    return attribute.value().isBlank() ? fallback : attribute.value();
  }

  /** Runs the check on each name; false if any fails. */
  public boolean check(NameCheck check) {
    RawRelation relation = field.relation();
    return check.check(field, relation.associationTable(), table)
        && check.check(field, relation.associationColumn(), column)
        && check.check(field, relation.associationTargetColumn(), targetColumn);
  }
}
