package dev.kiln.processor;

import dev.kiln.processor.model.TableModel;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;

/**
 * What {@link KilnProcessor} decided about each model of one compilation, for {@link
 * ModelRegistryProcessor}, which would otherwise read and check every model again to learn it.
 *
 * <p>The two processors are separate objects (so that Gradle can treat one as isolating and the
 * other as aggregating) loaded by one class loader, and share no object but the compiler's. The
 * decisions are therefore kept by the compilation's {@link Elements}: javac and ECJ give every
 * processor of a compilation the same one, also through Gradle's wrapped environments, and a new
 * one to each compilation. The key is held weakly, so a finished compilation's decisions go with it.
 */
final class ModelDecisions {
  private static final Map<Elements, ModelDecisions> BY_COMPILATION = new WeakHashMap<>();

  /** By the model's qualified name: the model generated, or empty if it was rejected. */
  private final Map<String, Optional<TableModel>> decisions = new ConcurrentHashMap<>();

  private ModelDecisions() {}

  static ModelDecisions of(ProcessingEnvironment environment) {
    synchronized (BY_COMPILATION) {
      return BY_COMPILATION.computeIfAbsent(environment.getElementUtils(), compilation -> new ModelDecisions());
    }
  }

  void recordGenerated(String model, TableModel table) {
    decisions.put(model, Optional.of(table));
  }

  /** The model has an error, which KilnProcessor reported: it got placeholders, or nothing. */
  void recordRejected(String model) {
    decisions.put(model, Optional.empty());
  }

  /** False while KilnProcessor has not come to the model: in this round, or while it waits for a type. */
  boolean isDecided(String model) {
    return decisions.containsKey(model);
  }

  /** The generated model; empty if it was rejected or is not decided yet. */
  Optional<TableModel> generated(String model) {
    return decisions.getOrDefault(model, Optional.empty());
  }
}
