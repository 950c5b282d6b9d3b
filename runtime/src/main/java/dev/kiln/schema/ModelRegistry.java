package dev.kiln.schema;

import java.util.List;

/**
 * Lists the tables of one compilation. The annotation processor generates one implementation per
 * compilation and registers it in {@code META-INF/services}, so a {@link dev.kiln.Database} knows
 * every model without scanning the class path.
 */
public interface ModelRegistry {
  /** The tables, in the order {@code createAll()} creates them. */
  List<TableDef<?>> tables();
}
