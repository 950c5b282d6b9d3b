package test;

import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Column;
import dev.kiln.query.StringColumn;
import dev.kiln.relation.ManyToManyRelation;
import dev.kiln.relation.ToMany;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.TableDef;
import dev.kiln.schema.TableSchema;
import java.sql.SQLException;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The {@code label} table of {@link Label}: typed column constants for queries, the table's
 * schema, and the code that moves a {@code Label} to and from JDBC without reflection.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class LabelTable extends TableDef<Label> {
  /**
   * The table; pass it to {@code Session.get} and the like.
   */
  public static final LabelTable TABLE = new LabelTable();

  /**
   * Column {@code name}: String, at most 30 characters, part of the primary key.
   */
  public static final StringColumn<Label> NAME = new StringColumn<>(TABLE, 0, "name");

  /**
   * The {@link Comment} rows linked to a {@code Label} through {@link CommentTable#LABELS}'s table, read the other way round.
   */
  public static final ManyToManyRelation<Label, Comment> COMMENTS = new ManyToManyRelation<>(TABLE, 0, "comments", () -> CommentTable.LABELS);

  private LabelTable() {
    super("label", Label.class);
  }

  /**
   * The column with this name, if the table has one: the safe way to use a column named in
   * user input, such as a sort key from a request. No string ever becomes SQL.
   */
  public static Optional<Column<Label, ?>> column(String name) {
    return TABLE.findColumn(name);
  }

  @Override
  public TableSchema schema() {
    // Built on each call, not held: DDL needs it, and the runtime reads it once.
    return TableSchema.builder("label")
        .column(ColumnSchema.of("name", SqlType.VARCHAR).withLength(30).notNull())
        .primaryKey("name")
        .build();
  }

  @Override
  public Label read(Row row) throws SQLException {
    Label label = new Label();
    ToMany.stored(label.comments);
    return refresh(label, row);
  }

  @Override
  @SuppressWarnings("super")
  public Label refresh(Label label, Row row) throws SQLException {
    label.name = row.getString(1);
    return label;
  }

  @Override
  public Object key(Label label) {
    return label.name;
  }

  @Override
  public Object[] values(Label label) {
    return new Object[] {
        label.name};
  }

  @Override
  public void bind(Params params, int index, Label label, int column) throws SQLException {
    switch (column) {
      case 0 -> params.setString(index, label.name);
      default -> throw new IndexOutOfBoundsException(column);
    }
  }

  @Override
  public void bindKey(Params params, int index, Object key) throws SQLException {
    params.setString(index, (String) key);
  }

  @Override
  public Object related(Label label, int relation) {
    return switch (relation) {
      case 0 -> label.comments;
      default -> super.related(label, relation);
    };
  }
}
