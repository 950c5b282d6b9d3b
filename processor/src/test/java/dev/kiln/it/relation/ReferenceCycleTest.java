package dev.kiln.it.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.error.ForeignKeyViolationException;
import dev.kiln.error.KilnException;
import dev.kiln.error.SchemaDriftException;
import dev.kiln.testing.TestDatabase;
import java.util.List;
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

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void fourThreadsCreatingThenDroppingTheTablesAtOnceAllSucceed(TestDatabase kind) throws Exception {
    try (Database db = TestDatabase.createTables(kind.freshUrl(), DepartmentTable.TABLE, EmployeeTable.TABLE)) {
      for (int round = 0; round < 3; round++) {
        db.dropAll();
        Concurrently.run(4, thread -> db.createAll());
        db.verifySchema(); // each table and foreign key once
        db.transaction(session -> session.add(new Employee("ada", new Department("research"))));
        long employees = db.transactionResult(session -> new EmployeeDao(session).query().count());
        assertThat(employees).isEqualTo(1);

        Concurrently.run(4, thread -> db.dropAll());
        assertThatThrownBy(db::verifySchema).isInstanceOfSatisfying(SchemaDriftException.class,
            drift -> assertThat(drift.differences()).containsExactlyInAnyOrder(
                "table \"department\" is missing", "table \"employee\" is missing"));
        db.createAll();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void newObjectsReferringToEachOtherAreSavedInOneCommit(TestDatabase kind) {
    try (Database db = TestDatabase.createTables(kind.freshUrl(), DepartmentTable.TABLE, EmployeeTable.TABLE)) {
      int departmentId = db.transactionResult(session -> {
        Department research = new Department("research");
        Employee ada = new Employee("ada", research);
        research.head.set(ada);
        session.add(research);
        session.flush(); // one row inserted with its reference NULL, then updated
        return research.id;
      });

      db.transaction(session -> {
        Department research = new DepartmentDao(session).get(departmentId).orElseThrow();
        Employee head = research.head.get();
        assertThat(head.name).isEqualTo("ada");
        assertThat(head.department.get()).isSameAs(research);
        assertThat(research.staff).containsExactly(head);
      });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void fourThreadsSavingCyclesOfNewObjectsWriteEveryReference(TestDatabase kind) throws Exception {
    try (Database db = TestDatabase.createTables(kind.freshUrl(), DepartmentTable.TABLE, EmployeeTable.TABLE)) {
      int threads = 4;
      int departmentsPerThread = 10;
      Concurrently.run(threads, thread -> {
        for (int i = 0; i < departmentsPerThread; i++) {
          String name = "t" + thread + " d" + i;
          Department saved = db.transactionResult(session -> {
            Department department = new Department(name);
            Employee head = new Employee(name + " head", department);
            department.head.set(head);
            session.add(new Employee(name + " staff", department));
            session.add(department);
            return department;
          });
          // Committed: both references of the cycle report the keys their rows hold.
          Employee head = saved.head.get();
          assertThat(saved.head.storedKey()).isEqualTo(head.id);
          assertThat(head.department.storedKey()).isEqualTo(saved.id);
        }
      });

      db.transaction(session -> {
        List<Department> departments = new DepartmentQuery(session).all();
        assertThat(departments).hasSize(threads * departmentsPerThread).allSatisfy(department -> {
          assertThat(department.head.get().name).isEqualTo(department.name + " head");
          assertThat(department.staff).extracting(employee -> employee.name)
              .containsExactlyInAnyOrder(department.name + " head", department.name + " staff");
        });
        assertThat(new EmployeeQuery(session).count()).isEqualTo(2L * threads * departmentsPerThread);
      });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void newObjectsReferringToEachOtherThroughRequiredReferencesAreRefusedWritingNothing(TestDatabase kind) {
    try (Database db = TestDatabase.createTables(kind.freshUrl(), HenTable.TABLE, EggTable.TABLE)) {
      assertThatThrownBy(() -> db.transaction(session -> {
        Hen hen = new Hen();
        Egg egg = new Egg();
        hen.hatchedFrom.set(egg);
        egg.layer.set(hen);
        session.add(hen);
      }))
          .isInstanceOf(KilnException.class)
          .hasMessageContaining("refer to each other in a cycle through references that cannot be NULL")
          .hasMessageContaining("Let one of those columns be NULL");

      db.transaction(session -> {
        assertThat(new HenDao(session).all()).isEmpty();
        assertThat(new EggDao(session).all()).isEmpty();
      });
    }
  }
}
