package dev.kiln.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.sample.Computer;
import dev.kiln.sample.ComputerQuery;
import dev.kiln.sample.ComputerTable;
import dev.kiln.sample.Tag;
import dev.kiln.sample.User;
import dev.kiln.testing.SqlLog;
import dev.kiln.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The web app over HTTP on each database: what a browser test cannot see (statements run per page,
 * connections given back, requests refused before any SQL). The pages themselves are driven in
 * Chromium by {@link BrowserTest}.
 */
class WebAppTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aUsersPageReadsTheUserTheirComputersAndTheirTagsInThreeStatements(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      int userId = addUserWithComputers(web, "ada", 6);
      WebClient client = new WebClient(web.url(""));

      HttpResponse<String> page;
      try (SqlLog log = SqlLog.start()) {
        page = client.get("/users/" + userId);
        assertThat(log.statements()).hasSize(3);
      }
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("ada-computer-0", "ada-computer-5", "tag-0", "tag-2");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aListPageCountsReadsItsComputersAndLoadsOwnersAndTagsInFourStatements(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      addUserWithComputers(web, "ada", 25);
      WebClient client = new WebClient(web.url(""));

      HttpResponse<String> page;
      try (SqlLog log = SqlLog.start()) {
        page = client.get("/computers?page=2&sort=name&dir=desc");
        assertThat(log.statements()).hasSize(4);
      }
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Page 2 of 3 (25 computers)", ">ada<", "tag-1");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aSortColumnThatIsNotAColumnIsA400AndRunsNoSql(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebClient client = new WebClient(web.url(""));
      try (SqlLog log = SqlLog.start()) {
        HttpResponse<String> page = client.get("/computers?sort=name%3Bdrop%20table%20computers");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Computers cannot be sorted by \"name;drop table computers\".");
        assertThat(log.statements()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aMissingComputerIsA404PageAndItsSessionIsClosed(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebClient client = new WebClient(web.url(""));
      for (String path : new String[] {"/computers/4711", "/computers/4711/edit", "/computers/abc", "/users/99"}) {
        HttpResponse<String> page = client.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(404);
        assertThat(page.body()).as(path).contains("Not found");
      }
      HttpResponse<String> delete = client.post("/computers/4711/delete");
      assertThat(delete.statusCode()).isEqualTo(404);
      assertThat(web.db.poolStats().inUse()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aPostWithoutTheFormsTokenIsRefusedAndWritesNothing(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebClient client = new WebClient(web.url(""));
      client.get("/computers"); // has the cookie, but a forged form does not know its value

      HttpResponse<String> forged = client.postRaw("/computers", "name=Forged&_csrf=guessed");
      HttpResponse<String> bare = new WebClient(web.url("")).postRaw("/computers", "name=Forged");

      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(bare.statusCode()).isEqualTo(403);
      assertThat(forged.body()).contains("This form has expired or was sent from another site");
      assertThat(computerCount(web)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailingHandlerShowsA500PageWithoutTheExceptionAndGivesItsConnectionBack(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebClient client = new WebClient(web.url(""));
      web.db.dropAll(); // every read now fails in the database

      HttpResponse<String> page = client.get("/computers");

      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body())
          .contains("Something went wrong on our side")
          .doesNotContainIgnoringCase("exception")
          .doesNotContain("no such table", "does not exist", "at dev.kiln");
      assertThat(web.db.poolStats().inUse()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFormWithMistakesComesBackWithAMessagePerFieldAndSavesNothing(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebClient client = new WebClient(web.url(""));
      HttpResponse<String> page =
          client.post("/computers", "name", "x".repeat(81), "memory", "lots", "introduced", "1984-02-30", "owner", "12345", "tags", "999");

      assertThat(page.statusCode()).isEqualTo(422);
      assertThat(page.body())
          .contains("A name has at most 80 characters; this one has 81.")
          .contains("Memory is a whole number of GB")
          .contains("Give the day it was introduced as year-month-day")
          .contains("value=\"1984-02-30\"")
          .contains("Choose the owner from the list")
          .contains("Choose tags from the list")
          .contains("value=\"lots\"");
      assertThat(computerCount(web)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theDayAComputerWasIntroducedIsSavedAndShown(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebClient client = new WebClient(web.url(""));
      HttpResponse<String> created = client.post("/computers", "name", "Macintosh", "introduced", "1984-01-24");
      assertThat(created.statusCode()).isEqualTo(303);

      Computer saved = web.db.transactionResult(session -> new ComputerQuery(session).where(ComputerTable.NAME.eq("Macintosh")).one());
      assertThat(saved.introduced()).isEqualTo(LocalDate.of(1984, 1, 24));
      assertThat(client.get("/computers/" + saved.id()).body()).contains("Introduced: 1984-01-24");
      assertThat(client.get("/computers/" + saved.id() + "/edit").body()).contains("value=\"1984-01-24\"");
    }
  }

  private static long computerCount(RunningWebApp web) {
    return web.db.transactionResult(session -> new ComputerQuery(session).count());
  }

  /** A user owning {@code count} computers, tagged in turn with three tags; returns the user's id. */
  static int addUserWithComputers(RunningWebApp web, String username, int count) {
    return web.db.transactionResult(
        session -> {
          User user = new User(username, username + "@example.com");
          Tag[] tags = {Tag.named("tag-0"), Tag.named("tag-1"), Tag.named("tag-2")};
          for (int i = 0; i < count; i++) {
            Computer computer = new Computer(username + "-computer-" + i, 4 * (i + 1));
            computer.owner().set(user);
            computer.tags().add(tags[i % tags.length]);
            session.add(computer);
          }
          session.flush();
          return user.getId();
        });
  }

  static long computersNamed(RunningWebApp web, String name) {
    return web.db.transactionResult(session -> new ComputerQuery(session).where(ComputerTable.NAME.eq(name)).count());
  }
}
