package dev.kiln.sample;

import static dev.kiln.query.Assignment.set;
import static dev.kiln.sample.UserTable.ID;
import static dev.kiln.sample.UserTable.USERNAME;

import dev.kiln.Database;
import dev.kiln.Ref;
import dev.kiln.Session;
import dev.kiln.error.UniqueViolationException;
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
      check(db.tables().size() == 3, "three tables");

      int adminId = addUsers(db);
      addComputers(db);
      read(db, adminId);
      update(db, adminId);
      delete(db);
      core(db);
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

  private void core(Database db) {
    try (Session session = db.openSession()) {
      // The tutorial uses SQLAlchemy's core layer here; Kiln's core statements are still to come
      // (see the README), so this step goes through the session with a record model.
      step("con.execute(people.insert(), name='bob'); people.select(people.c.id == 1).execute().first()",
          "Ref<Person> bob = session.add(new Person(\"bob\")); session.commit(); people.get(bob.get().id())");
      Ref<Person> bob = session.add(new Person("bob"));
      session.commit();
      Person stored = bob.get();
      show("stored record", stored + " with id " + stored.id());
      Person found = new PersonDao(session).get(stored.id()).orElseThrow();
      show("people.select(id == " + stored.id() + ").first()", found);
      check(found.name().equals("bob"), "bob is back");
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

  private void step(String python, String kiln) {
    out.println();
    out.printf("%d. Flask-SQLAlchemy: %s%n", ++step, python);
    out.printf("   Kiln:             %s%n", kiln);
  }

  private void show(String label, Object value) {
    out.printf("   -> %s: %s%n", label, value);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("Check failed: " + what);
    }
  }
}
