package test;

import dev.kiln.query.Expression;
import dev.kiln.query.Select;
import dev.kiln.session.EntityQuery;
import dev.kiln.session.Session;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A query on {@link Enrollment} rows: {@code filterByX} per column, {@code where} with predicates
 * built from {@link EnrollmentTable}'s columns, ordering, limits, and bulk update and delete.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class EnrollmentQuery extends EntityQuery<Enrollment, EnrollmentQuery> {
  public EnrollmentQuery(Session session) {
    super(session, EnrollmentTable.TABLE);
  }

  /**
   * Keeps the rows whose {@code student_id} equals the value.
   */
  public EnrollmentQuery filterByStudentId(int studentId) {
    return where(EnrollmentTable.STUDENT_ID.eq(studentId));
  }

  /**
   * Keeps the rows whose {@code course_id} equals the value.
   */
  public EnrollmentQuery filterByCourseId(int courseId) {
    return where(EnrollmentTable.COURSE_ID.eq(courseId));
  }

  /**
   * Keeps the rows whose {@code seat} equals the value.
   */
  public EnrollmentQuery filterBySeat(int seat) {
    return where(EnrollmentTable.SEAT.eq(seat));
  }

  /**
   * Keeps the rows whose {@code grade} equals the value ({@code null} keeps those where it is null).
   */
  public EnrollmentQuery filterByGrade(Enrollment.Grade grade) {
    return where(EnrollmentTable.GRADE.eq(grade));
  }

  /**
   * Keeps the rows whose {@code fee} equals the value ({@code null} keeps those where it is null).
   */
  public EnrollmentQuery filterByFee(BigDecimal fee) {
    return where(EnrollmentTable.FEE.eq(fee));
  }

  /**
   * Keeps the rows whose {@code zone} equals the value ({@code null} keeps those where it is null).
   */
  public EnrollmentQuery filterByZone(ZoneId zone) {
    return where(EnrollmentTable.ZONE.eq(zone));
  }

  /**
   * Keeps the rows whose {@code enrolled_at} equals the value ({@code null} keeps those where it is null).
   */
  public EnrollmentQuery filterByEnrolledAt(Instant enrolledAt) {
    return where(EnrollmentTable.ENROLLED_AT.eq(enrolledAt));
  }

  /**
   * The matching rows read as {@link Enrollment.Seat}: only its columns are selected, and the rows are not
   * tracked by the session.
   */
  public Select<Enrollment, Enrollment.Seat> selectSeat() {
    return project(List.<Expression<Enrollment, ?>>of(EnrollmentTable.COURSE_ID, EnrollmentTable.SEAT), EnrollmentTable::readSeat);
  }

  @Override
  protected EnrollmentQuery self() {
    return this;
  }
}
