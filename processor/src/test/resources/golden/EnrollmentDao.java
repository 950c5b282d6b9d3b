package test;

import dev.kiln.schema.CompositeKey;
import dev.kiln.session.Dao;
import dev.kiln.session.Session;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Loads, stages and queries {@link Enrollment} objects through a {@link Session}. Writes are staged
 * and happen when the session commits.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class EnrollmentDao extends Dao<Enrollment, CompositeKey, EnrollmentQuery> {
  public EnrollmentDao(Session session) {
    super(session, EnrollmentTable.TABLE, EnrollmentQuery::new);
  }

  /**
   * The object whose {@code student_id}, {@code course_id} are the given values, if there is one.
   */
  public Optional<Enrollment> get(int studentId, int courseId) {
    return get(EnrollmentTable.key(studentId, courseId));
  }

  /**
   * Stages the deletion of the row whose {@code student_id}, {@code course_id} are the given values.
   */
  public void deleteById(int studentId, int courseId) {
    deleteById(EnrollmentTable.key(studentId, courseId));
  }
}
