package io.tillid.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of {@code *BrowserIT}: the whole application, driven by Debian's headless Chromium through
 * its chromedriver (never a downloaded browser). One fresh browser profile per test.
 */
public abstract class BrowserTest extends IntegrationTest {

  protected WebDriver browser;

  /** A failed browser test leaves a picture of what the browser showed, before it is closed. */
  @org.junit.jupiter.api.extension.RegisterExtension
  final org.junit.jupiter.api.extension.AfterTestExecutionCallback screenshotOnFailure = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
          + context.getRequiredTestMethod().getName());
    }
  };

  @BeforeEach
  void startBrowser() {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1200,900", "--lang=en-GB");
    // the test server's certificate is self-signed for localhost
    options.setAcceptInsecureCerts(true);
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  protected void open(String path) {
    browser.get("https://localhost:" + httpsPort + path);
  }

  protected WebElement field(String name) {
    return browser.findElement(By.name(name));
  }

  protected void type(String name, String text) {
    WebElement element = field(name);
    element.clear();
    element.sendKeys(text);
  }

  /** Clicks (a submit button, a link) and waits until the browser has left the current page. */
  protected void clickAndLoad(WebElement element) {
    WebElement page = browser.findElement(By.tagName("html"));
    element.click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> left(page));
  }

  /**
   * Whether the page is gone. Chromium sometimes answers a question about an element of a page it is
   * just replacing with "Node ... does not belong to the document" rather than a stale-element
   * error: that too means the page was left.
   */
  private static boolean left(WebElement page) {
    try {
      page.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException gone) {
      return true;
    } catch (org.openqa.selenium.WebDriverException replaced) {
      String message = replaced.getMessage();
      if (message != null && message.contains("does not belong to the document")) {
        return true;
      }
      throw replaced;
    }
  }

  protected WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Saves what the browser shows to target/screenshots/NAME.png, for people to look at. */
  protected void screenshot(String name) {
    try {
      java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
      byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.write(folder.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  protected String path() {
    return java.net.URI.create(browser.getCurrentUrl()).getPath();
  }

  /** Signs the user in with the password form and waits for the first page. */
  protected void signIn(TestUsers.Created user) {
    open("/login");
    type("tenant", user.tenantSlug());
    type("email", user.email());
    type("password", user.password());
    clickAndLoad(browser.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")));
    waitFor(org.openqa.selenium.By.cssSelector("main h2"));
  }
}
