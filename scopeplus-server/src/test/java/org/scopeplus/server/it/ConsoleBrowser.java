package org.scopeplus.server.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with a fresh profile and every
 * background download turned off; Selenium Manager is kept offline (the driver path is given), so
 * nothing is fetched. Screenshots go to {@code target/console-screenshots}.
 */
final class ConsoleBrowser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  static {
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
  }

  final WebDriver driver;
  private final String base;
  private final Path profile;

  /** A browser at the service on this port, {@code width} pixels wide, speaking {@code lang}. */
  ConsoleBrowser(int port, int width, String lang) {
    this.base = "http://127.0.0.1:" + port;
    try {
      this.profile = Files.createTempDirectory("scopeplus-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=" + width + ",1000",
        "--lang=" + lang);
    o.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", lang));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    this.driver = new ChromeDriver(service, o);
  }

  void open(String path) {
    driver.get(base + path);
  }

  String path() {
    String url = driver.getCurrentUrl();
    return url.substring(base.length());
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  String h1() {
    return find("h1").getText();
  }

  /**
   * Every label of the English console bundle that the Chinese bundle words differently (and that
   * no Chinese text keeps as it is, as it keeps GWP, CSV or API): none may show on a Chinese page.
   */
  static java.util.List<String> englishLabels() {
    java.util.Properties en = bundle("i18n/console.properties");
    java.util.Properties zh = bundle("i18n/console_zh_CN.properties");
    String allChinese =
        String.join("\n", zh.stringPropertyNames().stream().map(zh::getProperty).toList());
    java.util.List<String> labels = new java.util.ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      if (key.startsWith("sentence.")) {
        // wordings of stored sentences, not labels: showsNoEnglishSentenceInStoredText reads them
        continue;
      }
      String label = en.getProperty(key).replaceAll("\\{\\d+}", "").strip();
      if (label.length() >= 4
          && label.chars().filter(Character::isLetter).count() >= 4
          && !label.equals(zh.getProperty(key))
          && !allChinese.contains(label)) {
        labels.add(label);
      }
    }
    labels.addAll(
        java.util.List.of("source_row", "record_id", "org_unit", "activity_type", "data_quality"));
    return labels;
  }

  private static java.util.Properties bundle(String resource) {
    java.util.Properties p = new java.util.Properties();
    try (java.io.Reader r =
        new java.io.InputStreamReader(
            ConsoleBrowser.class.getClassLoader().getResourceAsStream(resource),
            java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * Asserts that the page's main text shows none of these labels as a word of its own; identifiers
   * in {@code <code>}, citations and data marked {@code translate="no"} are left out.
   */
  void showsNoneOf(java.util.List<String> labels, String page) {
    String text =
        (String)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                    "const m = document.querySelector('main').cloneNode(true);"
                        + " m.querySelectorAll('code, .citation, [translate=no]')"
                        + ".forEach(e => e.remove()); return m.textContent;");
    for (String label : labels) {
      org.assertj.core.api.Assertions.assertThat(
              java.util.regex.Pattern.compile(
                      "(?<![\\w.-])" + java.util.regex.Pattern.quote(label) + "(?![\\w-])")
                  .matcher(text)
                  .find())
          .as("English label \"%s\" on the Chinese page %s", label, page)
          .isFalse();
    }
  }

  /**
   * Asserts that no text the page shows from stored or core data ({@code [data-stored]}: audit
   * details, located problems, methodology titles) holds an English sentence, four or more Latin
   * words in a row; citations, which are shown as published, are left out. Returns how many such
   * texts the page has, so a caller can tell the check had something to read.
   */
  int showsNoEnglishSentenceInStoredText(String page) {
    @SuppressWarnings("unchecked")
    java.util.List<String> texts =
        (java.util.List<String>)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                    "return Array.from(document.querySelectorAll('main [data-stored]'))"
                        + ".filter(e => !e.closest('.citation')).map(e => e.textContent);");
    java.util.regex.Pattern sentence =
        java.util.regex.Pattern.compile("[A-Za-z]{2,}(?:[ ,;:()']+[A-Za-z]{2,}){3,}");
    for (String text : texts) {
      org.assertj.core.api.Assertions.assertThat(sentence.matcher(text).find())
          .as("English sentence \"%s\" on the Chinese page %s", text, page)
          .isFalse();
    }
    return texts.size();
  }

  /** Logs in through the login form. */
  void logIn(String login, String password) {
    open("/login");
    find("#username").sendKeys(login);
    find("#password").sendKeys(password);
    find("#login-submit").click();
    // the form posts and the browser follows the redirect: wait until it has left the sign-in
    // page, or the page says why it stayed (a refused login), so the caller reads the page it
    // landed on
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                !URI.create(d.getCurrentUrl()).getPath().equals("/login")
                    || URI.create(d.getCurrentUrl()).getQuery() != null);
  }

  /**
   * Clicks the link or submit button matching {@code css} and waits until the browser has replaced
   * the page with the answer and finished loading it. A bare {@code click()} may return while the
   * old page is still shown, so a check that follows it could read the page before the answer (and,
   * when the old page held the same element, pass or fail on stale content).
   */
  void follow(String css) {
    WebElement old = find("html");
    find(css).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.stalenessOf(old));
    wait.until(
        d ->
            "complete"
                .equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
  }

  /** Waits until the page holds an element matching {@code css}, e.g. after a link is followed. */
  void waitFor(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  /** Waits until every chart of the page is drawn. */
  void chartsDrawn() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                d.findElements(By.cssSelector("[data-chart]")).size()
                    == d.findElements(By.cssSelector("[data-chart][data-drawn]")).size());
  }

  /** Saves the whole page as a PNG under {@link #SCREENSHOTS}. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Object height =
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript("return document.documentElement.scrollHeight");
      org.openqa.selenium.Dimension was = driver.manage().window().getSize();
      int h = Math.min(6000, Math.max(600, ((Number) height).intValue() + 20));
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(was.getWidth(), h));
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      driver.manage().window().setSize(was);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }
}
