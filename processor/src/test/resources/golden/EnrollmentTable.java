package test;

import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import dev.kiln.query.Column;
import dev.kiln.query.Expression;
import dev.kiln.query.NumberColumn;
import dev.kiln.query.Select;
import dev.kiln.schema.ColumnDefault;
import dev.kiln.schema.ColumnSchema;
import dev.kiln.schema.CompositeKey;
import dev.kiln.schema.SqlType;
import dev.kiln.schema.TableDef;
import dev.kiln.schema.TableSchema;
import dev.kiln.schema.ValueType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The {@code enrollment} table of {@link Enrollment}: typed column constants for queries, the table's
 * schema, and the code that moves a {@code Enrollment} to and from JDBC without reflection.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class EnrollmentTable extends TableDef<Enrollment> {
  /**
   * The table; pass it to {@code Session.get} and the like.
   */
  public static final EnrollmentTable TABLE = new EnrollmentTable();

  /**
   * {@code Enrollment.Grade} values, stored by constant ordinal.
   */
  private static final ValueType<Enrollment.Grade> GRADE_TYPE = ValueType.enumByOrdinal("Grade", Enrollment.Grade.values());

  /**
   * Numbers of at most 8 digits, 2 after the point.
   */
  private static final ValueType<BigDecimal> FEE_TYPE = ValueType.decimal(8, 2);

  /**
   * {@code ZoneId} values, stored as {@code String} by {@link Enrollment.ZoneConverter}.
   */
  private static final ValueType<ZoneId> ZONE_TYPE = ValueType.converted("ZoneId", ValueType.STRING, new Enrollment.ZoneConverter());

  /**
   * Column {@code student_id}: int, part of the primary key.
   */
  public static final NumberColumn<Enrollment, Integer> STUDENT_ID = new NumberColumn<>(TABLE, 0, "student_id", ValueType.INTEGER);

  /**
   * Column {@code course_id}: int, part of the primary key.
   */
  public static final NumberColumn<Enrollment, Integer> COURSE_ID = new NumberColumn<>(TABLE, 1, "course_id", ValueType.INTEGER);

  /**
   * Column {@code seat}: int, not null.
   */
  public static final NumberColumn<Enrollment, Integer> SEAT = new NumberColumn<>(TABLE, 2, "seat", ValueType.INTEGER);

  /**
   * Column {@code grade}: Grade.
   */
  public static final Column<Enrollment, Enrollment.Grade> GRADE = new Column<>(TABLE, 3, "grade", GRADE_TYPE);

  /**
   * Column {@code fee}: BigDecimal, NUMERIC(8, 2).
   */
  public static final NumberColumn<Enrollment, BigDecimal> FEE = new NumberColumn<>(TABLE, 4, "fee", FEE_TYPE);

  /**
   * Column {@code zone}: ZoneId, at most 40 characters.
   */
  public static final Column<Enrollment, ZoneId> ZONE = new Column<>(TABLE, 5, "zone", ZONE_TYPE);

  /**
   * Column {@code enrolled_at}: Instant, the time of the insert by default.
   */
  public static final Column<Enrollment, Instant> ENROLLED_AT = new Column<>(TABLE, 6, "enrolled_at", ValueType.INSTANT);

  private EnrollmentTable() {
    // Its values never change: a session keeps the object itself to compare with.
    super("enrollment", Enrollment.class, true);
  }

  /**
   * The key of the row with these values, to pass to {@code Session.get} and the like.
   */
  public static CompositeKey key(int studentId, int courseId) {
    return CompositeKey.of(studentId, courseId);
  }

  /**
   * The column with this name, if the table has one: the safe way to use a column named in
   * user input, such as a sort key from a request. No string ever becomes SQL.
   */
  public static Optional<Column<Enrollment, ?>> column(String name) {
    return TABLE.findColumn(name);
  }

  /**
   * Reads a {@link Enrollment.Seat} from a row holding its columns, in order, from index 1.
   */
  public static Enrollment.Seat readSeat(Row row) throws SQLException {
    return new Enrollment.Seat(
        row.getInt(1),
        row.getInt(2));
  }

  /**
   * Selects every row's {@link Enrollment.Seat} columns; run it with {@code connection.execute(...)}.
   */
  public static Select<Enrollment, Enrollment.Seat> selectSeat() {
    return Select.of(TABLE, null, List.<Expression<Enrollment, ?>>of(COURSE_ID, SEAT), EnrollmentTable::readSeat);
  }

  @Override
  public TableSchema schema() {
    // Built on each call, not held: DDL needs it, and the runtime reads it once.
    return TableSchema.builder("enrollment")
        .column(ColumnSchema.of("student_id", SqlType.INTEGER).notNull())
        .column(ColumnSchema.of("course_id", SqlType.INTEGER).notNull())
        .column(ColumnSchema.of("seat", SqlType.INTEGER).notNull())
        .column(ColumnSchema.of("grade", SqlType.SMALLINT))
        .column(ColumnSchema.of("fee", SqlType.DECIMAL).withPrecision(8, 2))
        .column(ColumnSchema.of("zone", SqlType.VARCHAR).withLength(40))
        .column(ColumnSchema.of("enrolled_at", SqlType.TIMESTAMP_UTC).withDefault(ColumnDefault.NOW))
        .primaryKey("student_id", "course_id")
        .unique("one_student_per_seat", "course_id", "seat")
        .check("fee_not_negative", "CAST(fee AS REAL) >= 0")
        .index("enrollment_grade_fee_idx", "grade", "fee")
        .build();
  }

  @Override
  public Enrollment read(Row row) throws SQLException {
    return new Enrollment(
        row.getInt(2),
        row.getInt(1),
        row.getInt(3),
        GRADE_TYPE.read(row, 4),
        row.getBigDecimal(5),
        ZONE_TYPE.read(row, 6),
        row.getInstant(7));
  }

  @Override
  public Object key(Enrollment enrollment) {
    return CompositeKey.of(enrollment.getStudentId(), enrollment.getCourseId());
  }

  @Override
  @SuppressWarnings("super")
  public long unsetDatabaseFilled(Enrollment enrollment) {
    long unset = 0;
    if (enrollment.getEnrolledAt() == null) {
      unset |= 1L << 0;
    }
    return unset;
  }

  @Override
  public Object[] values(Enrollment enrollment) {
    return new Object[] {
        enrollment.getStudentId(),
        enrollment.getCourseId(),
        enrollment.getSeat(),
        enrollment.getGrade(),
        enrollment.getFee(),
        enrollment.getZone(),
        enrollment.getEnrolledAt()};
  }

  @Override
  protected Enrollment with(Enrollment enrollment, int column, Object value) {
    if (column != 6) {
      return super.with(enrollment, column, value);
    }
    // An immutable object cannot change: return a copy with the value.
    return new Enrollment(
        enrollment.getCourseId(),
        enrollment.getStudentId(),
        enrollment.getSeat(),
        enrollment.getGrade(),
        enrollment.getFee(),
        enrollment.getZone(),
        column == 6 ? (Instant) value : enrollment.getEnrolledAt());
  }

  @Override
  public void bind(Params params, int index, Enrollment enrollment, int column) throws
      SQLException {
    switch (column) {
      case 0 -> params.setInt(index, enrollment.getStudentId());
      case 1 -> params.setInt(index, enrollment.getCourseId());
      case 2 -> params.setInt(index, enrollment.getSeat());
      case 3 -> GRADE_TYPE.write(params, index, enrollment.getGrade());
      case 4 -> FEE_TYPE.write(params, index, enrollment.getFee());
      case 5 -> ZONE_TYPE.write(params, index, enrollment.getZone());
      case 6 -> params.setInstant(index, enrollment.getEnrolledAt());
      default -> throw new IndexOutOfBoundsException(column);
    }
  }

  @Override
  public void bindKey(Params params, int index, Object key) throws SQLException {
    CompositeKey parts = (CompositeKey) key;
    params.setInt(index, (Integer) parts.part(0));
    params.setInt(index + 1, (Integer) parts.part(1));
  }
}
