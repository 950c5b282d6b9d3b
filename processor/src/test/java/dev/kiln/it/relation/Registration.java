package dev.kiln.it.relation;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.ManyToOne;
import dev.kiln.annotation.OnDelete;
import dev.kiln.annotation.Table;
import dev.kiln.relation.ToOne;

/** A many-to-many with a column of its own: the key is the two references, the grade the link's. */
@Table
public record Registration(
    @Column(primaryKey = true) @ManyToOne(onDelete = OnDelete.CASCADE) ToOne<Student> student,
    @Column(primaryKey = true) @ManyToOne(onDelete = OnDelete.CASCADE) ToOne<Course> course,
    Integer grade) {

  public static Registration of(Student student, Course course, Integer grade) {
    return new Registration(ToOne.of(student), ToOne.of(course), grade);
  }
}
