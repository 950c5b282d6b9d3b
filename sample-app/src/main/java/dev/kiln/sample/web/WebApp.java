package dev.kiln.sample.web;

import dev.kiln.Database;
import dev.kiln.error.PageOutOfRangeException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tutorials' web app on Kiln: the third tutorial's computers CRUD and the fourth's users, on
 * Javalin with jte templates. Every request that touches the database gets a session of its own,
 * closed when the handler returns or throws (Flask-SQLAlchemy's session per request).
 *
 * <p>Start it with {@code mvn -q exec:java -Dexec.mainClass=dev.kiln.sample.web.WebApp} in {@code
 * sample-app/}, optionally with {@code -Dexec.args="--port 8080 --echo postgresql://localhost/test"}.
 */
public final class WebApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebApp.class);

  private final Database db;
  private final Javalin server;

  private WebApp(Database db, Javalin server) {
    this.db = db;
    this.server = server;
  }

  /**
   * Arguments, all optional: {@code --port N} (default 7070; 0 picks a free one), {@code --echo}
   * (log every SQL statement), and a database URL (default: an SQLite file in the temp directory).
   */
  public static void main(String[] args) {
    int port = 7070;
    boolean echo = false;
    String url = "sqlite:///" + Path.of(System.getProperty("java.io.tmpdir"), "kiln-web.db").toAbsolutePath();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--echo" -> echo = true;
        default -> url = args[i];
      }
    }
    Database db = Database.configure(url).echo(echo).connect();
    upgradeSchema(db);
    DemoData.addIfEmpty(db);
    WebApp app = start(db, port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      db.close();
    }));
    log.info("Kiln's sample web app on http://localhost:{}/ (database {})", app.port(), db);
  }

  /**
   * Brings the database to the models' schema, as at every start: applies the scripts Kiln's
   * processor wrote into {@code src/main/resources/db/migration} as the models changed, which the
   * database has not run yet, then checks that the result matches the models (a database changed
   * by hand, or models changed without their migration, stop here). Returns how many were applied.
   */
  public static int upgradeSchema(Database db) {
    int applied = db.migrate();
    db.verifySchema();
    return applied;
  }

  /** Serves the app on the port (0 for any free one) over the database, whose tables must exist. */
  public static WebApp start(Database db, int port) {
    Pages pages = new Pages();
    ComputerHandlers computers = new ComputerHandlers(pages);
    UserHandlers users = new UserHandlers(pages);
    RequestSessions sessions = new RequestSessions(db);
    Javalin server =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.before(Csrf::check);
              config.routes.get("/", ctx -> ctx.redirect("/computers"));
              config.routes.get("/computers", sessions.reading(computers::list));
              config.routes.get("/computers/new", sessions.reading(computers::newForm));
              config.routes.post("/computers", sessions.writing(computers::create));
              config.routes.get("/computers/{id}", sessions.reading(computers::show));
              config.routes.get("/computers/{id}/edit", sessions.reading(computers::editForm));
              config.routes.post("/computers/{id}", sessions.writing(computers::update));
              config.routes.post("/computers/{id}/delete", sessions.writing(computers::delete));
              config.routes.get("/users", sessions.reading(users::list));
              config.routes.get("/users/new", sessions.reading(users::newForm));
              config.routes.post("/users", sessions.writing(users::create));
              config.routes.get("/users/{id}", sessions.reading(users::show));
              config.routes.exception(HttpResponseException.class, (e, ctx) -> failed(pages, e, ctx));
              config.routes.exception(Exception.class, (e, ctx) -> failed(pages, e, ctx));
            });
    return new WebApp(db, server.start(port));
  }

  /**
   * Maps a failure to an error page: HTTP errors (a missing row or path, a bad parameter, a refused
   * form) with their status and message, a page past the last as 404, anything else as 500 with
   * nothing of the exception shown.
   */
  private static void failed(Pages pages, Exception e, Context ctx) {
    if (e instanceof HttpResponseException http) {
      pages.error(ctx, http.getStatus(), http.getMessage());
    } else if (e instanceof PageOutOfRangeException) {
      pages.error(ctx, 404, "There is no such page.");
    } else {
      log.error("{} {} failed", ctx.method(), ctx.path(), e);
      pages.error(ctx, 500, "Something went wrong on our side; it has been logged.");
    }
  }


  public int port() {
    return server.port();
  }

  public Database database() {
    return db;
  }

  /** Stops serving; the database stays open for its owner to close. */
  @Override
  public void close() {
    server.stop();
  }
}
