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
 * A query on {@link Enrollment} rows: {@code filterByX(value)} per column keeps the rows whose
 * column equals the value ({@code null} keeps those where it is null), {@code where} takes
 * predicates built from {@link EnrollmentTable}'s columns; ordering, limits, and bulk update and delete.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class EnrollmentQuery extends EntityQuery<Enrollment, EnrollmentQuery> {
  public EnrollmentQuery(Session session) {
    super(session, EnrollmentTable.TABLE);
  }

  public EnrollmentQuery filterByStudentId(int studentId) {
    return where(EnrollmentTable.STUDENT_ID.eq(studentId));
  }

  public EnrollmentQuery filterByCourseId(int courseId) {
    return where(EnrollmentTable.COURSE_ID.eq(courseId));
  }

  public EnrollmentQuery filterBySeat(int seat) {
    return where(EnrollmentTable.SEAT.eq(seat));
  }

  public EnrollmentQuery filterByGrade(Enrollment.Grade grade) {
    return where(EnrollmentTable.GRADE.eq(grade));
  }

  public EnrollmentQuery filterByFee(BigDecimal fee) {
    return where(EnrollmentTable.FEE.eq(fee));
  }

  public EnrollmentQuery filterByZone(ZoneId zone) {
    return where(EnrollmentTable.ZONE.eq(zone));
  }

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
}
