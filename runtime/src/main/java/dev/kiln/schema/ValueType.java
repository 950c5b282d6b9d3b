package dev.kiln.schema;

import dev.kiln.convert.Converter;
import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * How values of one Java type are bound as parameters and read from result sets. The dialect's
 * {@link Params} and {@link Row} decide the storage format, so one value type serves every dialect.
 * Generated code declares a value type of its own for enums, converted fields and decimals with a
 * precision; every other column uses a constant here.
 *
 * @param <V> the Java type, boxed
 */
public final class ValueType<V> {
  /** Reads a value at a 1-based column index. */
  @FunctionalInterface
  public interface Reader<V> {
    V read(Row row, int index) throws SQLException;
  }

  /** Binds a value at a 1-based parameter index. */
  @FunctionalInterface
  public interface Writer<V> {
    void write(Params params, int index, V value) throws SQLException;
  }

  public static final ValueType<Byte> BYTE =
      new ValueType<>("Byte", SqlType.SMALLINT, Row::getBoxedByte, Params::setBoxedByte);
  public static final ValueType<Short> SHORT =
      new ValueType<>("Short", SqlType.SMALLINT, Row::getBoxedShort, Params::setBoxedShort);
  public static final ValueType<Integer> INTEGER =
      new ValueType<>("Integer", SqlType.INTEGER, Row::getBoxedInt, Params::setBoxedInt);
  public static final ValueType<Long> LONG =
      new ValueType<>("Long", SqlType.BIGINT, Row::getBoxedLong, Params::setBoxedLong);
  public static final ValueType<Float> FLOAT =
      new ValueType<>("Float", SqlType.REAL, Row::getBoxedFloat, Params::setBoxedFloat);
  public static final ValueType<Double> DOUBLE =
      new ValueType<>("Double", SqlType.DOUBLE, Row::getBoxedDouble, Params::setBoxedDouble);
  public static final ValueType<Boolean> BOOLEAN =
      new ValueType<>("Boolean", SqlType.BOOLEAN, Row::getBoxedBoolean, Params::setBoxedBoolean);
  public static final ValueType<Character> CHARACTER =
      new ValueType<>("Character", SqlType.CHAR, Row::getBoxedChar, Params::setBoxedChar);
  public static final ValueType<String> STRING =
      new ValueType<>("String", SqlType.TEXT, Row::getString, Params::setString);
  public static final ValueType<byte[]> BYTES =
      new ValueType<>("byte[]", SqlType.BINARY, Row::getBytes, Params::setBytes);
  public static final ValueType<BigDecimal> BIG_DECIMAL =
      new ValueType<>("BigDecimal", SqlType.DECIMAL, Row::getBigDecimal, Params::setBigDecimal);
  public static final ValueType<BigInteger> BIG_INTEGER =
      new ValueType<>("BigInteger", SqlType.DECIMAL, Row::getBigInteger, Params::setBigInteger);
  public static final ValueType<LocalDate> LOCAL_DATE =
      new ValueType<>("LocalDate", SqlType.DATE, Row::getLocalDate, Params::setLocalDate);
  public static final ValueType<LocalTime> LOCAL_TIME =
      new ValueType<>("LocalTime", SqlType.TIME, Row::getLocalTime, Params::setLocalTime);
  public static final ValueType<LocalDateTime> LOCAL_DATE_TIME =
      new ValueType<>(
          "LocalDateTime", SqlType.TIMESTAMP, Row::getLocalDateTime, Params::setLocalDateTime);
  public static final ValueType<OffsetDateTime> OFFSET_DATE_TIME =
      new ValueType<>(
          "OffsetDateTime", SqlType.TIMESTAMP_UTC, Row::getOffsetDateTime, Params::setOffsetDateTime);
  public static final ValueType<Instant> INSTANT =
      new ValueType<>("Instant", SqlType.TIMESTAMP_UTC, Row::getInstant, Params::setInstant);
  public static final ValueType<Duration> DURATION =
      new ValueType<>("Duration", SqlType.BIGINT, Row::getDuration, Params::setDuration);
  public static final ValueType<UUID> UUID =
      new ValueType<>("UUID", SqlType.UUID, Row::getUuid, Params::setUuid);

  private final String name;
  private final SqlType sqlType;
  private final Reader<V> reader;
  private final Writer<V> writer;
  private final Writer<V> comparedWriter;

  private ValueType(String name, SqlType sqlType, Reader<V> reader, Writer<V> writer) {
    this(name, sqlType, reader, writer, writer);
  }

  private ValueType(String name, SqlType sqlType, Reader<V> reader, Writer<V> writer, Writer<V> comparedWriter) {
    this.name = name;
    this.sqlType = sqlType;
    this.reader = reader;
    this.writer = writer;
    this.comparedWriter = comparedWriter;
  }

  /**
   * A {@code NUMERIC(precision, scale)} decimal. Values are rounded half up to the scale, as
   * PostgreSQL rounds them, and one with too many digits before the point is refused on every
   * dialect, so that SQLite stores exactly what PostgreSQL would. Values compared with the column
   * are bound as they are (see {@link #writeCompared}).
   */
  public static ValueType<BigDecimal> decimal(int precision, int scale) {
    return new ValueType<>(
        "BigDecimal",
        SqlType.DECIMAL,
        Row::getBigDecimal,
        (params, index, value) ->
            params.setBigDecimal(index, value == null ? null : fit(value, precision, scale)),
        Params::setBigDecimal);
  }

  /** A {@code NUMERIC(precision, 0)} integer, refused if it has more digits than the precision. */
  public static ValueType<BigInteger> bigInteger(int precision) {
    return new ValueType<>(
        "BigInteger",
        SqlType.DECIMAL,
        Row::getBigInteger,
        (params, index, value) -> {
          if (value != null) {
            fit(new BigDecimal(value), precision, 0);
          }
          params.setBigInteger(index, value);
        },
        Params::setBigInteger);
  }

  private static BigDecimal fit(BigDecimal value, int precision, int scale) throws SQLDataException {
    BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
    if (rounded.signum() != 0 && rounded.precision() - rounded.scale() > precision - scale) {
      throw new SQLDataException(
          "Cannot store " + value.toPlainString() + " in a NUMERIC(" + precision + ", " + scale
              + ") column: it allows at most " + (precision - scale) + " digits before the decimal point",
          Params.NUMERIC_VALUE_OUT_OF_RANGE);
    }
    return rounded;
  }

  /**
   * An enum stored by constant name. Generated code passes the enum's own {@code valueOf}, so no
   * reflection is needed to turn a name back into a constant.
   */
  public static <E extends Enum<E>> ValueType<E> enumByName(String enumName, Function<String, E> valueOf) {
    return new ValueType<>(
        enumName,
        SqlType.TEXT,
        (row, index) -> {
          String constant = row.getString(index);
          return constant == null ? null : valueOf.apply(constant);
        },
        (params, index, value) -> params.setString(index, value == null ? null : value.name()));
  }

  /** An enum stored by ordinal; generated code passes the enum's {@code values()}. */
  public static <E extends Enum<E>> ValueType<E> enumByOrdinal(String enumName, E[] constants) {
    E[] byOrdinal = constants.clone();
    return new ValueType<>(
        enumName,
        SqlType.SMALLINT,
        (row, index) -> {
          Short ordinal = row.getBoxedShort(index);
          return ordinal == null ? null : byOrdinal[ordinal];
        },
        (params, index, value) ->
            params.setBoxedShort(index, value == null ? null : (short) value.ordinal()));
  }

  /** A type stored as {@code stored} through the user's converter; nulls bypass the converter. */
  public static <J, S> ValueType<J> converted(String typeName, ValueType<S> stored, Converter<J, S> converter) {
    return new ValueType<>(
        typeName,
        stored.sqlType,
        (row, index) -> {
          S value = stored.read(row, index);
          return value == null ? null : converter.fromColumn(value);
        },
        (params, index, value) -> stored.write(params, index, value == null ? null : converter.toColumn(value)),
        (params, index, value) ->
            stored.writeCompared(params, index, value == null ? null : converter.toColumn(value)));
  }

  /** The portable SQL type values are stored as. */
  public SqlType sqlType() {
    return sqlType;
  }

  public V read(Row row, int index) throws SQLException {
    return reader.read(row, index);
  }

  public void write(Params params, int index, V value) throws SQLException {
    writer.write(params, index, value);
  }

  /**
   * Binds a value a column of this type is compared with. Unlike a stored value it is not fitted
   * to the column's precision: {@code price > 1.005} holds for a stored 1.01, and a number too wide
   * for the column is compared rather than refused.
   */
  public void writeCompared(Params params, int index, V value) throws SQLException {
    comparedWriter.write(params, index, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
