package test;

import dev.kiln.schema.ModelRegistry;
import dev.kiln.schema.TableDef;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The tables of the models compiled together with this class, by table name.
 */
@Generated("dev.kiln.processor.ModelRegistryProcessor")
public final class KilnModels implements ModelRegistry {
  @Override
  public List<TableDef<?>> tables() {
    return List.of(
      ArticleTable.TABLE,
      CommentTable.TABLE,
      EnrollmentTable.TABLE,
      LabelTable.TABLE,
      TrackTable.TABLE,
      UserTable.TABLE);
  }
}
