package dev.kiln.schema;

import java.util.List;

/**
 * The key of a row in a table whose primary key has several columns: its parts in key order.
 * Equal keys have equal parts. Generated tables with a composite key offer a typed {@code key(...)}
 * that builds one.
 */
public record CompositeKey(List<Object> parts) {
  public CompositeKey {
    parts = List.copyOf(parts);
  }

  public static CompositeKey of(Object... parts) {
    return new CompositeKey(List.of(parts));
  }

  /** The key of these parts, or null when a part is null: a reference to no row. */
  public static CompositeKey orNull(Object... parts) {
    for (Object part : parts) {
      if (part == null) {
        return null;
      }
    }
    return of(parts);
  }

  public Object part(int index) {
    return parts.get(index);
  }

  @Override
  public String toString() {
    return parts.toString();
  }
}
