package dev.kiln.schema;

import dev.kiln.jdbc.Params;
import dev.kiln.jdbc.Row;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * How values of one Java type are bound as parameters and read from result sets. The dialect's
 * {@link Params} and {@link Row} decide the storage format, so one value type serves every dialect.
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

  public static final ValueType<Integer> INTEGER =
      new ValueType<>("Integer", Row::getBoxedInt, Params::setBoxedInt);
  public static final ValueType<Long> LONG =
      new ValueType<>("Long", Row::getBoxedLong, Params::setBoxedLong);
  public static final ValueType<Boolean> BOOLEAN =
      new ValueType<>("Boolean", Row::getBoxedBoolean, Params::setBoxedBoolean);
  public static final ValueType<Double> DOUBLE =
      new ValueType<>("Double", Row::getBoxedDouble, Params::setBoxedDouble);
  public static final ValueType<String> STRING =
      new ValueType<>("String", Row::getString, Params::setString);
  public static final ValueType<byte[]> BYTES =
      new ValueType<>("byte[]", Row::getBytes, Params::setBytes);
  public static final ValueType<BigDecimal> BIG_DECIMAL =
      new ValueType<>("BigDecimal", Row::getBigDecimal, Params::setBigDecimal);
  public static final ValueType<LocalDateTime> LOCAL_DATE_TIME =
      new ValueType<>("LocalDateTime", Row::getLocalDateTime, Params::setLocalDateTime);
  public static final ValueType<LocalDate> LOCAL_DATE =
      new ValueType<>("LocalDate", Row::getLocalDate, Params::setLocalDate);
  public static final ValueType<Instant> INSTANT =
      new ValueType<>("Instant", Row::getInstant, Params::setInstant);
  public static final ValueType<UUID> UUID =
      new ValueType<>("UUID", Row::getUuid, Params::setUuid);

  private final String name;
  private final Reader<V> reader;
  private final Writer<V> writer;

  private ValueType(String name, Reader<V> reader, Writer<V> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * An enum stored by constant name. Generated code passes the enum's own {@code valueOf}, so no
   * reflection is needed to turn a name back into a constant.
   */
  public static <E extends Enum<E>> ValueType<E> enumByName(
      String enumName, Function<String, E> valueOf) {
    return new ValueType<>(
        enumName,
        (row, index) -> {
          String constant = row.getString(index);
          return constant == null ? null : valueOf.apply(constant);
        },
        (params, index, value) -> params.setString(index, value == null ? null : value.name()));
  }

  public V read(Row row, int index) throws SQLException {
    return reader.read(row, index);
  }

  public void write(Params params, int index, V value) throws SQLException {
    writer.write(params, index, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
