package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.error.ForeignKeyViolationException;
import dev.kiln.error.SchemaDriftException;
import dev.kiln.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two tables that refer to each other (a department's head is an employee, an employee's
 * department a department): neither can be created first with its foreign key, so the keys between
 * them are added once both exist, and dropped before either table is.
 */
class ReferenceCycleTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void tablesReferringToEachOtherAreCreatedWithBothForeignKeysAndDroppedWithTheirRows(TestDatabase kind) {
    try (Database db = TestDatabase.createTables(kind.freshUrl(), DepartmentTable.TABLE, EmployeeTable.TABLE)) {
      db.createAll(); // again: both exist, nothing is added twice
      db.verifySchema(); // both foreign keys included

      int departmentId = db.transactionResult(session -> {
        Department research = new Department("research");
        Employee ada = new Employee("ada", research);
        session.add(ada);
        session.flush(); // the department first, then its employee
        research.head.set(ada);
        return research.id;
      });
      Department read = db.transactionResult(session -> new DepartmentDao(session).get(departmentId).orElseThrow());
      assertThat(read.head.storedKey()).isNotNull();

      try (Connection connection = db.openConnection()) {
        assertThatThrownBy(() -> connection.execute(
                DepartmentTable.TABLE.update().set(DepartmentTable.HEAD_ID, 999).where(DepartmentTable.ID.eq(departmentId))))
            .as("a head who is no employee")
            .isInstanceOf(ForeignKeyViolationException.class);
        connection.execute(EmployeeTable.TABLE.delete().where(EmployeeTable.NAME.eq("ada")));
      }
      Department headless = db.transactionResult(session -> new DepartmentDao(session).get(departmentId).orElseThrow());
      assertThat(headless.head.storedKey()).as("ON DELETE SET NULL").isNull();
      db.transaction(session -> session.add(new Employee("grace", session.get(DepartmentTable.TABLE, departmentId).orElseThrow())));

      db.dropAll(); // rows still there, each table referring to the other
      assertThatThrownBy(db::verifySchema).isInstanceOfSatisfying(SchemaDriftException.class,
          drift -> assertThat(drift.differences()).containsExactlyInAnyOrder(
              "table \"department\" is missing", "table \"employee\" is missing"));
    }
  }
}
