package test;

import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Loads, stages and queries {@link Enrollment} objects through a {@link Session}. Writes are staged
 * and happen when the session commits.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class EnrollmentDao {
  private final Session session;

  public EnrollmentDao(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /**
   * Stages the enrollment for insertion; after commit, the returned {@link Ref} holds it with its key.
   */
  public Ref<Enrollment> insert(Enrollment enrollment) {
    return session.add(enrollment);
  }

  /**
   * The enrollment whose {@code student_id}, {@code course_id} are the given values, if there is one.
   */
  public Optional<Enrollment> get(int studentId, int courseId) {
    return session.get(EnrollmentTable.TABLE, EnrollmentTable.key(studentId, courseId));
  }

  /**
   * Every enrollment in the table.
   */
  public List<Enrollment> all() {
    return query().all();
  }

  /**
   * A new query on the table.
   */
  public EnrollmentQuery query() {
    return new EnrollmentQuery(session);
  }

  /**
   * Stages every column of the enrollment to be written by key on commit. Objects loaded
   * through the session need no call: their changes are found on commit.
   */
  public void update(Enrollment enrollment) {
    session.update(enrollment);
  }

  /**
   * Stages the enrollment's deletion.
   */
  public void delete(Enrollment enrollment) {
    session.delete(enrollment);
  }

  /**
   * Stages the deletion of the enrollment whose {@code student_id}, {@code course_id} are the given values.
   */
  public void deleteById(int studentId, int courseId) {
    session.deleteByKey(EnrollmentTable.TABLE, EnrollmentTable.key(studentId, courseId));
  }
}
