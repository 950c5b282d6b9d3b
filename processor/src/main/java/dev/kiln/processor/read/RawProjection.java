package dev.kiln.processor.read;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Projection} nested in a model, as written.
 *
 * @param type the projection type, where diagnostics about its shape attach
 * @param record whether it is a record
 * @param components its record components, in order; empty for a type that is not a record
 */
public record RawProjection(TypeElement type, boolean record, List<Component> components) {
  /**
   * One record component and the stored field it names.
   *
   * @param field the model's stored field of the same name, or null if there is none
   * @param typeMatches whether the component's type is the field's type, boxed or not
   */
  public record Component(Element element, String name, TypeMirror type, RawColumn field, boolean typeMatches) {}
}
