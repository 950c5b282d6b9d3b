package dev.kiln.sample;

import static dev.kiln.query.Assignment.set;
import static dev.kiln.sample.ComputerTable.MEMORY_IN_GB;
import static dev.kiln.sample.ComputerTable.NAME;
import static dev.kiln.sample.UserTable.ID;
import static dev.kiln.sample.UserTable.USERNAME;

import dev.kiln.Connection;
import dev.kiln.Database;
import dev.kiln.Page;
import dev.kiln.error.UniqueViolationException;
import dev.kiln.query.Aggregate;
import dev.kiln.query.Row2;
import dev.kiln.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The Flask-SQLAlchemy tutorials, step by step, in Kiln. Each step prints the tutorial's Python and
 * what Kiln did, and checks the result, so a broken step stops the tour with a non-zero exit.
 *
 * <p>Run it with {@code mvn -q verify -DskipTests -Ptour} (an SQLite file), or on another database
 * with {@code -Dtour.url=postgresql://localhost/test}.
 */
public final class Tour {
  private final PrintStream out;
  private int step;

  public Tour(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    String url =
        args.length > 0 && args[0] != null && !args[0].isBlank()
            ? args[0]
            : "sqlite:///" + Path.of(System.getProperty("java.io.tmpdir"), "kiln-tour.db").toAbsolutePath();
    try {
      new Tour(System.out).run(url);
    } catch (RuntimeException | AssertionError e) {
      System.err.println("The tour failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** Runs every step against the database at the URL, starting from empty tables. */
  public void run(String url) {
    out.println("Kiln tour of the Flask-SQLAlchemy tutorials on " + url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@"));
    try (Database db = Database.connect(url)) {
      step("db = SQLAlchemy(app); db.drop_all(); db.create_all()",
          "Database.connect(url); db.dropAll(); db.createAll()");
      db.dropAll();
      db.createAll();
      show("tables", db.tables());
      check(db.tables().size() == 5, "five tables");

      int adminId = addUsers(db);
      addComputers(db);
      read(db, adminId);
      update(db, adminId);
      delete(db);
      queryLayer(db);
      core(db);
      new RelationshipsChapter(this).run(db, adminId);
      rollBackOnConstraintViolation(db);
    }
    out.println();
    out.println("Every step passed.");
  }

  private int addUsers(Database db) {
    try (Session session = db.openSession()) {
      step("admin = User(username='admin', email='admin@example.com'); db.session.add(admin); db.session.commit()",
          "session.add(new User(\"admin\", \"admin@example.com\")); session.commit()");
      User admin = new User("admin", "admin@example.com");
      User guest = new User("guest", "guest@example.com");
      session.add(admin);
      session.add(guest);
      show("admin.id before commit", admin.getId());
      session.commit();
      show("admin.id, guest.id after commit", List.of(admin.getId(), guest.getId()));
      check(admin.getId() != null && guest.getId() != null, "ids filled in by commit");
      return admin.getId();
    }
  }

  private void addComputers(Database db) {
    try (Session session = db.openSession()) {
      step("db.session.add_all([my_mac, my_acer]); db.session.commit()",
          "session.addAll(List.of(myMac, myAcer)); session.commit()");
      Computer myMac = new Computer("Macbook Pro", 8);
      Computer myAcer = new Computer("Aspire V15", 16);
      session.addAll(List.of(myMac, myAcer));
      session.commit();
      show("my_mac.id, my_acer.id", List.of(myMac.id(), myAcer.id()));
      check(myMac.id() != null && myAcer.id() != null, "ids filled in by commit");
    }
  }

  private void read(Database db, int adminId) {
    try (Session session = db.openSession()) {
      UserDao users = new UserDao(session);
      ComputerDao computers = new ComputerDao(session);

      step("User.query.all()", "users.all()");
      List<User> all = users.all();
      show("users", all);
      check(all.size() == 2, "two users");

      step("User.query.get(1).email", "users.get(id).orElseThrow().getEmail()");
      User admin = users.get(adminId).orElseThrow();
      show("email", admin.getEmail());
      check(admin.getEmail().equals("admin@example.com"), "admin's email");

      step("User.query.filter_by(username='guest').first()", "users.query().filterByUsername(\"guest\").first()");
      User guest = users.query().filterByUsername("guest").first().orElseThrow();
      show("user", guest);

      step("Computer.query.filter_by(name='Macbook Pro').all()", "computers.query().filterByName(\"Macbook Pro\").all()");
      show("computers", computers.query().filterByName("Macbook Pro").all());

      step("User.query.filter(User.username.like('a%')).order_by(User.id.desc()).limit(10).all()",
          "users.query().where(USERNAME.like(\"a%\")).orderBy(ID.desc()).limit(10).all()");
      List<User> filtered = users.query().where(USERNAME.like("a%")).orderBy(ID.desc()).limit(10).all();
      show("users", filtered);
      check(filtered.size() == 1 && filtered.get(0) == admin, "same instance within a session");

      step("User.query.count()", "users.query().count()");
      show("count", users.query().count());
    }
  }

  private void update(Database db, int adminId) {
    int macId;
    try (Session session = db.openSession()) {
      step("first_computer = Computer.query.filter_by(name='Macbook Pro').first(); first_computer.name = 'Commodore 64'; db.session.commit()",
          "computers.query().filterByName(\"Macbook Pro\").one().rename(\"Commodore 64\"); session.commit()");
      Computer first = new ComputerDao(session).query().filterByName("Macbook Pro").one();
      macId = first.id();
      first.rename("Commodore 64");
      session.commit();
    }
    try (Session session = db.openSession()) {
      Computer reloaded = new ComputerDao(session).get(macId).orElseThrow();
      show("computer " + macId + " read in a new session", reloaded);
      check(reloaded.name().equals("Commodore 64"), "the change was saved");
    }
    try (Session session = db.openSession()) {
      step("User.query.filter_by(id=1).update({'username': 'admin001'}); db.session.commit()",
          "users.query().filterById(id).update(set(USERNAME, \"admin001\")); session.commit()");
      UserDao users = new UserDao(session);
      int updated = users.query().filterById(adminId).update(set(USERNAME, "admin001"));
      session.commit();
      show("rows updated", updated);
      String username = users.get(adminId).orElseThrow().getUsername();
      show("username now", username);
      check(updated == 1 && username.equals("admin001"), "the bulk update was saved");
    }
  }

  private void delete(Database db) {
    try (Session session = db.openSession()) {
      step("found_computer = Computer.query.filter_by(name='Commodore 64').first(); db.session.delete(found_computer); db.session.commit()",
          "session.delete(computers.query().filterByName(\"Commodore 64\").one()); session.commit()");
      ComputerDao computers = new ComputerDao(session);
      Computer found = computers.query().filterByName("Commodore 64").one();
      session.delete(found);
      session.commit();
      long left = computers.query().count();
      show("computers left", left);
      check(left == 1, "one computer left");
    }
  }

  private void queryLayer(Database db) {
    try (Session session = db.openSession()) {
      ComputerDao computers = new ComputerDao(session);
      session.addAll(
          List.of(
              new Computer("MacBook Air", 8),
              new Computer("ThinkPad X1", 32),
              new Computer("Raspberry Pi", 4),
              new Computer("Mac Studio", 64),
              new Computer("Unknown box", null)));
      session.commit();

      step("Computer.query.filter(Computer.name.ilike('mac%'), Computer.memory_in_gb.between(8, 64))",
          "computers.query().where(NAME.ilike(\"mac%\"), MEMORY_IN_GB.between(8, 64)).orderBy(NAME.asc()).all()");
      List<Computer> macs =
          computers.query().where(NAME.ilike("mac%"), MEMORY_IN_GB.between(8, 64)).orderBy(NAME.asc()).all();
      show("computers", macs);
      check(macs.size() == 2, "two Macs between 8 and 64 GB");

      step("Computer.query.order_by(Computer.memory_in_gb.desc().nulls_last()).paginate(page=2, per_page=2)",
          "computers.query().orderBy(MEMORY_IN_GB.desc().nullsLast()).paginate(2, 2)");
      Page<Computer> page = computers.query().orderBy(MEMORY_IN_GB.desc().nullsLast()).paginate(2, 2);
      show("page " + page.page() + " of " + page.pages() + " (" + page.total() + " computers)", page.items());
      check(page.pages() == 3 && page.hasNext() && page.hasPrev() && page.items().size() == 2, "the middle page");

      step("Computer.query.with_entities(Computer.name, Computer.memory_in_gb).all()",
          "computers.query().select(NAME, MEMORY_IN_GB).all()  # or .selectSpec(): a @Projection record");
      List<Row2<String, Integer>> pairs = computers.query().where(MEMORY_IN_GB.ge(32)).select(NAME, MEMORY_IN_GB).all();
      show("rows", pairs);
      List<Computer.Spec> specs = computers.query().where(MEMORY_IN_GB.ge(32)).orderBy(NAME.asc()).selectSpec().all();
      show("specs", specs);
      check(pairs.size() == 2 && specs.get(0).equals(new Computer.Spec("Mac Studio", 64)), "typed projections");

      step("db.session.query(func.count(), func.sum(Computer.memory_in_gb)).filter(...).one()",
          "computers.query().where(NAME.startsWith(\"Mac\")).select(countRows(), MEMORY_IN_GB.sum()).one()");
      Row2<Long, Integer> totals =
          computers.query().where(NAME.startsWith("Mac")).select(Aggregate.countRows(), MEMORY_IN_GB.sum()).one();
      show("count and total memory", totals);
      check(totals.equals(new Row2<>(2L, 72)), "two Macs with 72 GB in all");

      step("Computer.query.filter(Computer.memory_in_gb < 8).update({Computer.memory_in_gb: Computer.memory_in_gb + 4})",
          "computers.query().where(MEMORY_IN_GB.lt(8)).update(set(MEMORY_IN_GB, MEMORY_IN_GB.plus(4)))");
      Computer pi = computers.query().filterByName("Raspberry Pi").one();
      int upgraded = computers.query().where(MEMORY_IN_GB.lt(8)).update(set(MEMORY_IN_GB, MEMORY_IN_GB.plus(4)));
      show("rows updated; the loaded Pi now has", upgraded + "; " + pi.memoryInGb() + " GB");
      check(upgraded == 1 && pi.memoryInGb() == 8, "the bulk update kept the loaded object in step");

      step("Computer.query.filter(Computer.memory_in_gb.is_(None)).delete()",
          "computers.query().where(MEMORY_IN_GB.isNull()).delete()");
      int deleted = computers.query().where(MEMORY_IN_GB.isNull()).delete();
      session.commit();
      show("rows deleted", deleted);
      check(deleted == 1, "the unknown box is gone");
    }
  }

  private void core(Database db) {
    step("con = engine.connect(); con.execute(people.insert(), name='bob'); people.select(people.c.id == 1).execute().first()",
        "try (Connection con = db.openConnection()) { con.execute(TABLE.insert().set(NAME, \"bob\")); con.execute(TABLE.select().where(ID.eq(1))).first() }");
    try (Connection con = db.openConnection()) {
      int inserted = con.execute(PersonTable.TABLE.insert().set(PersonTable.NAME, "bob"));
      Person person = con.execute(PersonTable.TABLE.select().where(PersonTable.ID.eq(1))).first().orElseThrow();
      show("rows inserted; people.select(id == 1).first()", inserted + "; " + person);
      check(person.name().equals("bob"), "bob is back, with no session and no model object written");
    }
    try (Session session = db.openSession()) {
      step("Person.query.filter_by(name='bob').first()  # the ORM on the same table",
          "new PersonDao(session).query().filterByName(\"bob\").first()");
      Person bob = new PersonDao(session).query().filterByName("bob").first().orElseThrow();
      show("person", bob);
      check(bob.id() == 1, "the core layer's row, read through the ORM");
    }
  }

  private void rollBackOnConstraintViolation(Database db) {
    try (Session session = db.openSession()) {
      step("db.session.add(User(username='guest', ...)); db.session.commit()  # IntegrityError, then rollback()",
          "session.commit() throws UniqueViolationException; session.rollback()");
      session.add(new User("newcomer", "newcomer@example.com"));
      session.add(new User("guest", "another@example.com"));
      try {
        session.commit();
        check(false, "a duplicate username must be refused");
      } catch (UniqueViolationException e) {
        show("refused", e.getClass().getSimpleName() + " on table " + e.table().orElse("?")
            + e.constraint().map(name -> ", constraint " + name).orElse("")
            + e.column().map(name -> ", column " + name).orElse(""));
      }
      session.rollback();
      long users = new UserDao(session).query().count();
      show("users after the failed commit (the newcomer was not half-written)", users);
      check(users == 2, "nothing of the failed commit remains");
    }
  }

  void step(String python, String kiln) {
    out.println();
    out.printf("%d. Flask-SQLAlchemy: %s%n", ++step, python);
    out.printf("   Kiln:             %s%n", kiln);
  }

  void show(String label, Object value) {
    out.printf("   -> %s: %s%n", label, value);
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("Check failed: " + what);
    }
  }
}
