package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;
import dev.kiln.annotation.Unique;

/** Unique constraints over two columns: one named by convention, one by the model. */
@Table
@Unique(columns = {"student", "course"})
@Unique(columns = {"course", "seat"}, name = "enrollment_one_per_seat")
class Enrollment {
  @Column(primaryKey = true)
  Long id;

  @Column(length = 40, nullable = false)
  String student;

  @Column(length = 20, nullable = false)
  String course;

  int seat;

  Enrollment() {}

  Enrollment(String student, String course, int seat) {
    this.student = student;
    this.course = course;
    this.seat = seat;
  }
}
