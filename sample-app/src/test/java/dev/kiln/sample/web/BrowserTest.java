package dev.kiln.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web app in headless Chromium, as a user clicks through it, on SQLite and PostgreSQL. */
class BrowserTest {
  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @OnSqliteAndPostgresql
  void addingAComputerThroughTheFormShowsItOnItsPageAndInTheList(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebAppTest.addUserWithComputers(web, "ada", 1);
      open(web, "/computers");
      follow(By.id("add"));
      browser.findElement(By.id("name")).sendKeys("Framework 16");
      browser.findElement(By.id("memory")).sendKeys("64");
      new Select(browser.findElement(By.id("owner"))).selectByVisibleText("ada");
      browser.findElement(By.cssSelector("input[name=tags]")).click();
      follow(By.id("save"));

      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Framework 16");
      assertThat(browser.findElement(By.id("memory")).getText()).isEqualTo("Memory: 64 GB");
      assertThat(browser.findElement(By.id("owner")).getText()).isEqualTo("Owner: ada");
      assertThat(browser.findElement(By.id("tags")).getText()).isEqualTo("Tags: tag-0");
      open(web, "/computers");
      assertThat(names()).containsExactly("ada-computer-0", "Framework 16");
    }
  }

  @OnSqliteAndPostgresql
  void theListPagesAndSortsByTheColumnWhoseHeaderIsClicked(TestDatabase kind) throws IOException {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebAppTest.addUserWithComputers(web, "ada", 25);
      open(web, "/computers");
      assertThat(names()).hasSize(10).startsWith("ada-computer-0");
      screenshot("computers.png");

      follow(By.id("next"));
      assertThat(browser.findElement(By.id("pages")).getText()).contains("Page 2 of 3 (25 computers)");
      assertThat(names()).hasSize(10).startsWith("ada-computer-10");

      follow(By.id("sort-memory")); // ascending, back on page 1
      assertThat(memories()).startsWith(4, 8, 12);
      follow(By.id("sort-memory")); // descending
      assertThat(memories()).startsWith(100, 96, 92);
      assertThat(browser.findElement(By.id("pager")).getText()).isEqualTo("1 2 3");
      follow(By.linkText("3"));
      assertThat(memories()).containsExactly(20, 16, 12, 8, 4);
      assertThat(browser.getCurrentUrl()).endsWith("/computers?page=3&sort=memory_in_gb&dir=desc");
    }
  }

  @OnSqliteAndPostgresql
  void searchingByNameShowsOnlyTheComputersWhoseNameContainsIt(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebAppTest.addUserWithComputers(web, "ada", 12);
      open(web, "/computers");
      browser.findElement(By.id("search")).sendKeys("COMPUTER-1");
      follow(By.id("search-button"));

      assertThat(names()).containsExactly("ada-computer-1", "ada-computer-10", "ada-computer-11");
      browser.findElement(By.id("search")).clear();
      browser.findElement(By.id("search")).sendKeys("no such thing");
      follow(By.id("search-button"));
      assertThat(browser.findElement(By.id("empty")).getText())
          .isEqualTo("No computers whose name contains “no such thing”.");
    }
  }

  @OnSqliteAndPostgresql
  void editingAComputerChangesItsNameMemoryOwnerAndTags(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebAppTest.addUserWithComputers(web, "ada", 3); // computer 0 has tag-0
      open(web, "/computers");
      follow(By.linkText("ada-computer-0"));
      follow(By.id("edit"));
      replace("name", "Renamed");
      replace("memory", "");
      new Select(browser.findElement(By.id("owner"))).selectByVisibleText("nobody");
      for (WebElement tag : browser.findElements(By.cssSelector("input[name=tags]"))) {
        tag.click(); // tag-0 off, tag-1 and tag-2 on
      }
      follow(By.id("save"));

      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Renamed");
      assertThat(browser.findElement(By.id("memory")).getText()).isEqualTo("Memory: unknown");
      assertThat(browser.findElement(By.id("owner")).getText()).isEqualTo("Owner: nobody");
      assertThat(browser.findElement(By.id("tags")).getText()).isEqualTo("Tags: tag-1tag-2");
      assertThat(WebAppTest.computersNamed(web, "ada-computer-0")).isZero();
    }
  }

  @OnSqliteAndPostgresql
  void aTakenOrTooLongNameComesBackAsAMessageOnTheFormKeepingWhatWasTyped(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebAppTest.addUserWithComputers(web, "ada", 2);
      open(web, "/computers/new");
      browser.findElement(By.id("name")).sendKeys("ada-computer-1");
      browser.findElement(By.id("memory")).sendKeys("8");
      follow(By.id("save"));

      assertThat(browser.findElement(By.id("name-error")).getText())
          .isEqualTo("There is already a computer named \"ada-computer-1\"; choose another name.");
      assertThat(browser.findElement(By.id("memory")).getAttribute("value")).isEqualTo("8");

      replace("name", "y".repeat(81));
      follow(By.id("save"));
      assertThat(browser.findElement(By.id("name-error")).getText())
          .isEqualTo("A name has at most 80 characters; this one has 81.");
      assertThat(WebAppTest.computersNamed(web, "ada-computer-1")).isEqualTo(1);
    }
  }

  @OnSqliteAndPostgresql
  void deletingAComputerRemovesItAndItsPageIsThenNotFound(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebAppTest.addUserWithComputers(web, "ada", 2);
      open(web, "/computers");
      follow(By.linkText("ada-computer-1"));
      String page = browser.getCurrentUrl();
      follow(By.id("delete"));

      assertThat(names()).containsExactly("ada-computer-0");
      browser.get(page);
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
      assertThat(browser.findElement(By.id("message")).getText()).startsWith("There is no computer ");
    }
  }

  @OnSqliteAndPostgresql
  void aHostileNameIsShownExactlyAsTypedAndRunsNothing(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      String hostile = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> 'it' \"is\" 😀";
      open(web, "/computers/new");
      // ChromeDriver types only the Basic Multilingual Plane, so the emoji goes in by script.
      browser.executeScript("document.getElementById('name').value = arguments[0]", hostile);
      follow(By.id("save"));

      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(hostile);
      open(web, "/computers");
      assertThat(names()).containsExactly(hostile);
      follow(By.linkText(hostile));
      follow(By.id("edit"));
      assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(hostile);
      assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
      assertThat(WebAppTest.computersNamed(web, hostile)).isEqualTo(1);
    }
  }

  @OnSqliteAndPostgresql
  void aUsersPageListsTheirComputersAndTheTagsOnThem(TestDatabase kind) {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      WebAppTest.addUserWithComputers(web, "grace", 4);
      open(web, "/users");
      follow(By.linkText("grace"));

      List<String> computers =
          browser.findElements(By.cssSelector("#computers li")).stream().map(WebElement::getText).toList();
      assertThat(computers)
          .containsExactly("grace-computer-0 tag-0", "grace-computer-1 tag-1", "grace-computer-2 tag-2", "grace-computer-3 tag-0");
      assertThat(browser.findElement(By.id("tags")).getText()).isEqualTo("tag-0tag-1tag-2");
    }
  }

  /**
   * Clicks what leads to another page, and waits until that page has replaced this one and loaded:
   * a mark set on this page's window is gone from the next one's. (Waiting for the old page's
   * element to go stale is racy in ChromeDriver, which may fail mid-navigation with another error.)
   */
  private static void follow(By target) {
    browser.executeScript("window.kilnLeaving = true");
    browser.findElement(target).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(WebDriverException.class)
        .until(driver -> Boolean.TRUE.equals(browser.executeScript(
            "return window.kilnLeaving === undefined && document.readyState === 'complete'")));
  }

  private static void open(RunningWebApp web, String path) {
    browser.get(web.url(path));
  }

  private static void replace(String field, String text) {
    WebElement input = browser.findElement(By.id(field));
    input.clear();
    input.sendKeys(text);
  }

  private static List<String> names() {
    return browser.findElements(By.cssSelector("#computers a.name")).stream().map(WebElement::getText).toList();
  }

  private static List<Integer> memories() {
    return browser.findElements(By.cssSelector("#computers td.memory")).stream()
        .map(cell -> Integer.valueOf(cell.getText()))
        .toList();
  }

  /** Saves what the browser shows in target/screenshots (the README's picture of the list is one). */
  private static void screenshot(String name) throws IOException {
    Path directory = Files.createDirectories(Path.of("target", "screenshots"));
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
