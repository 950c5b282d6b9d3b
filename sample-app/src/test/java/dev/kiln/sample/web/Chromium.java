package dev.kiln.sample.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through the system's ChromeDriver: Debian's {@code chromium} and {@code
 * chromium-driver} ({@code .ci/run} installs them), or the binaries named by {@code
 * KILN_TEST_CHROMIUM} and {@code KILN_TEST_CHROMEDRIVER}. Nothing is downloaded. Without them the
 * browser tests fail when {@code CI=true} and are skipped, with the reason, otherwise.
 */
final class Chromium {
  private Chromium() {}

  static ChromeDriver start() {
    Path browser = Path.of(envOr("KILN_TEST_CHROMIUM", "/usr/bin/chromium"));
    Path driver = Path.of(envOr("KILN_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
      String missing = "No Chromium at " + browser + " or no ChromeDriver at " + driver
          + " (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("Browser tests cannot run (CI=true, so this fails rather than skips): " + missing);
      }
      Assumptions.abort(missing);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.toString())).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static String envOr(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
