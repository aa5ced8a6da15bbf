package io.glutewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.DateWords;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import io.glutewise.planner.Planner;
import io.glutewise.web.api.ProgramRequest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page, used as a person would: a real headless Chromium fills the form, submits it and reads
 * the plan, or the referral when a red flag is ticked. The browser and its driver come from the
 * operating system (Debian's chromium and chromium-driver); nothing is downloaded. Without them
 * the test fails: it never skips.
 */
class PageBrowserTest {
  private static final Path BROWSER = Paths.get("/usr/bin/chromium");
  private static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static TestServer server;
  private static Path downloads;

  private Path profileDir;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  static void requireTheBrowser() throws IOException {
    assertThat(Files.isExecutable(BROWSER))
        .as("the browser test needs Chromium at " + BROWSER + ": apt-get install -y chromium chromium-driver")
        .isTrue();
    assertThat(Files.isExecutable(DRIVER))
        .as("the browser test needs ChromeDriver at " + DRIVER + ": apt-get install -y chromium-driver")
        .isTrue();
    // the driver binary is given, so Selenium never looks for (or downloads) one of its own
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    server = TestServer.shared();
    downloads = Files.createTempDirectory("glutewise-downloads-");
  }

  @AfterAll
  static void removeDownloads() {
    deleteQuietly(downloads);
  }

  @BeforeEach
  void openBrowser() throws IOException {
    // a fresh profile per test: a browser still closing keeps a lock on the last one
    profileDir = Files.createTempDirectory("glutewise-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1100,1400", "--user-data-dir=" + profileDir);
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // quitting a driver stops its service, so each test starts its own
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, PATIENCE);
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
    deleteQuietly(profileDir);
  }

  @Test
  void aClearedTraineeGetsAPlanWeekByWeek() throws IOException {
    openPage();
    List<WebElement> questions = driver.findElements(By.cssSelector("#red-flag-list input[type=checkbox]"));
    assertThat(questions).hasSize(RedFlag.values().length);
    for (WebElement question : questions) {
      assertThat(question.isSelected()).isFalse();
      assertThat(labelOf(question)).endsWith("?");
    }
    assertThat(driver.findElement(By.id("notice-text")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("notice-text")).getText())
        .isEqualTo(Planner.standard().clinicianNotice());

    new Select(driver.findElement(By.id("level"))).selectByValue("beginner");
    type("days", "4");
    type("weeks", "6");
    type("minutes", "40");
    type("start", "");
    setDate("start", "2025-03-03");
    check("input[name=equipment][value=band]");
    check("input[name=goals][value=posture]");
    type("pain", "2");
    driver.findElement(By.id("submit-plan")).click();

    WebElement plan = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan")));
    assertThat(driver.findElement(By.id("referral")).isDisplayed()).isFalse();
    List<WebElement> weeks = plan.findElements(By.cssSelector("section.week"));
    assertThat(weeks).as(driver.getPageSource()).hasSize(6);
    assertThat(weeks.get(0).findElement(By.tagName("h3")).getText()).startsWith("Week 1");
    List<WebElement> sessions = weeks.get(0).findElements(By.cssSelector("article.session"));
    assertThat(sessions).hasSize(4);
    assertThat(sessions.get(0).findElement(By.tagName("h4")).getText()).contains("3 Mar 2025");
    assertThat(sessions.get(0).getText()).containsIgnoringCase("main").contains("Glute bridge").contains(" reps");
    assertThat(driver.findElement(By.id("plan-summary")).getText()).startsWith("6 weeks, 4 sessions a week");

    wait.until(d -> !d.findElements(By.cssSelector("#volume-chart svg polyline")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("#volume-chart svg polyline"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#volume-chart svg")).getText()).containsIgnoringCase("gluteus maximus");

    driver.findElement(By.id("download-ics")).click();
    Path calendar = downloads.resolve("glutewise-plan-2025-03-03.ics");
    // the browser may show the file before it has written it: wait for its content
    wait.until(d -> contentOf(calendar).startsWith("BEGIN:VCALENDAR"));
    assertThat(Files.readString(calendar)).startsWith("BEGIN:VCALENDAR");
    driver.findElement(By.id("download-json")).click();
    Path json = downloads.resolve("glutewise-plan-2025-03-03.json");
    wait.until(d -> contentOf(json).contains("\"builtFrom\""));
    assertThat(Files.readString(json)).contains("\"builtFrom\"");

    screenshot("plan");
    assertNoConsoleErrors();
  }

  @Test
  void theDiaryLogsASessionAdaptsTheNextSurvivesReloadAndMovesAsAFile() throws IOException {
    String today = LocalDate.now().toString();
    openPage();
    List<WebElement> signs = driver.findElements(By.cssSelector("#weak-glute-list input[name=weakGluteSigns]"));
    assertThat(signs).as("the weak-glute signs are asked").hasSize(WeakGluteSign.values().length);
    signs.get(0).click();
    setDate("start", today);
    driver.findElement(By.id("submit-plan")).click();

    // today's session, exercise by exercise, each with a tick and its own entries
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log-form")));
    assertThat(text("up-next-heading")).startsWith("Today's session").contains("w01-s1");
    assertThat(driver.findElement(By.id("plan-emphasis")).getText()).startsWith("1 of the 9 signs");
    assertEveryFieldIsLabelled();
    List<WebElement> exercises = driver.findElements(By.cssSelector("#log-exercises fieldset.exercise-entry"));
    assertThat(exercises).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 0; i < exercises.size(); i++) {
      if (i != 1) {
        driver.findElement(By.id("done-" + i)).click();
      }
    }
    exercises.get(1).findElement(By.tagName("summary")).click();
    type("reps-1", "10");
    type("pain-1", "7");
    WebElement warning = exercises.get(1).findElement(By.cssSelector(".gate-warning"));
    assertThat(warning.isDisplayed()).isTrue();
    assertThat(warning.getText()).contains("above your limit of 5/10");
    type("pain-before", "2");
    driver.findElement(By.id("log-session")).click();

    // the planner's answer: the next session, held because of the painful exercise, with its reason
    wait.until(d -> text("diary-status").startsWith("Logged w01-s1"));
    assertThat(text("diary-status")).isEqualTo("Logged w01-s1 as done in full.");
    assertThat(text("up-next-heading")).contains("w01-s2");
    assertThat(text("up-next")).contains("Hold: pain reached 7/10").contains("above your limit of 5/10");
    assertThat(text("history-list")).contains("w01-s1").contains("during 7 (above your limit of 5)");

    // the morning after, added later as a new entry that supersedes the first
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("morning")));
    type("morning-pain", "3");
    driver.findElement(By.id("add-morning")).click();
    wait.until(d -> text("diary-status").startsWith("Added the pain the morning after w01-s1"));
    assertThat(text("history-list")).contains("next morning 3").contains("2 entries for this session");

    // a reload keeps everything
    driver.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log-form")));
    assertThat(text("up-next-heading")).contains("w01-s2");
    assertThat(text("history-list")).contains("w01-s1").contains("next morning 3");
    assertThat(driver.findElements(By.cssSelector("#pain-chart svg circle.pain-during"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#pain-chart svg circle.pain-morning"))).hasSize(1);
    assertThat(driver.findElement(By.cssSelector("#pain-chart svg desc")).getAttribute("textContent"))
        .contains("w01-s1: before 2, during 7, next morning 3");

    // the diary file is the program and every entry, as POST /api/plans/next and the CLI read them
    driver.findElement(By.id("save-diary")).click();
    Path file = downloads.resolve("glutewise-diary-" + today + ".json");
    wait.until(d -> contentOf(file).strip().endsWith("}"));
    ProgramRequest saved = GlutewiseJson.read(Files.readString(file), ProgramRequest.class, file.toString());
    assertThat(saved.logs()).hasSize(2);
    assertThat(LogHistory.of(saved.logs()).current("w01-s1").orElseThrow().painNextMorning()).contains(3);
    assertThat(saved.program().sessions()).hasSize(36);

    // cleared storage, then the file opened again: the same diary
    ((JavascriptExecutor) driver).executeScript("window.localStorage.clear();");
    driver.navigate().refresh();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-plan")));
    assertThat(driver.findElement(By.id("diary")).isDisplayed()).isFalse();
    driver.findElement(By.id("open-diary")).sendKeys(file.toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log-form")));
    assertThat(text("file-status")).contains("2 log entries");
    assertThat(text("up-next-heading")).contains("w01-s2");
    assertThat(text("history-list")).contains("next morning 3");

    // a file the planner refuses is said in plain words, and the diary stays as it was
    Path stray = Files.createTempFile(downloads, "stray-", ".jsonl");
    Files.writeString(stray, "{\"sessionId\":\"w40-s1\",\"date\":\"" + today + "\",\"status\":\"missed\"}\n");
    driver.findElement(By.id("open-diary")).sendKeys(stray.toString());
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText()).contains("The file was not opened").contains("w40-s1")
        .doesNotContain("$.").doesNotContain("Exception");
    assertThat(text("history-list")).contains("next morning 3");

    // a correction is a new entry; the planner adapts to the latest one
    driver.findElement(By.cssSelector("#history-list button[aria-label='Correct session w01-s1']")).click();
    assertThat(text("up-next-heading")).isEqualTo("Correcting session w01-s1");
    assertThat(driver.findElement(By.id("pain-1")).getAttribute("value")).isEqualTo("7");
    type("pain-1", "4");
    driver.findElement(By.id("log-session")).click();
    wait.until(d -> text("diary-status").startsWith("Corrected w01-s1"));
    assertThat(text("history-list")).contains("3 entries for this session").contains("during 4,")
        .contains("next morning 3");
    assertThat(text("up-next")).contains("w01-s2").doesNotContain("pain reached 7/10");

    // the printable page carries the log and its progress charts
    driver.findElement(By.id("download-html")).click();
    Path page = downloads.resolve("glutewise-plan-" + today + ".html");
    wait.until(d -> contentOf(page).contains("</html>"));
    assertThat(Files.readString(page)).contains("Hard sets per glute group, week by week")
        .contains("w01-s1 on ");

    // a phone's width: no horizontal scroll, the chart within the screen
    atWidth(390, 2600);
    assertThat(documentWidth()).isLessThanOrEqualTo(390);
    assertThat(widthOf("#pain-chart svg")).isLessThanOrEqualTo(390);
    assertThat(widthOf("#volume-chart svg")).isLessThanOrEqualTo(390);
    screenshot("diary-390");
    ((JavascriptExecutor) driver).executeScript("document.getElementById('volume').scrollIntoView();");
    screenshot("chart-390");
    driver.findElement(By.id("new-plan")).click();
    assertThat(documentWidth()).as("the form, with its long options").isLessThanOrEqualTo(390);
    screenshot("form-390");
    atWidth(1280, 2600);
    ((JavascriptExecutor) driver).executeScript("document.getElementById('diary').scrollIntoView();");
    screenshot("diary-1280");
    // the refused file's 422 is the one error the browser may log
    assertNoConsoleErrors("/api/plans/next - Failed to load resource: the server responded with a status of 422");
  }

  @Test
  void dosesAndDatesReadOnThePageInTheCommandLinesWords() throws IOException {
    openPage();
    // bands, dumbbells, a barbell, timed holds, pauses and per-side work: every kind of dose
    TraineeProfile lifter = TraineeProfile.builder().level(ExperienceLevel.ADVANCED)
        .equipment(EnumSet.allOf(Equipment.class)).daysPerWeek(5).minutesPerSession(60).build();
    Program program = Planner.standard().plan(lifter, PlanOptions.startingOn(LocalDate.of(2025, 3, 3)))
        .program().orElseThrow();
    Set<Dose> doses = new LinkedHashSet<>();
    program.sessions().forEach(session -> session.all().forEach(p -> doses.add(p.dose())));
    program.dailyRoutine().forEach(p -> doses.add(p.dose()));
    assertThat(doses.stream().map(d -> d.load().kind()).distinct().count()).isGreaterThan(2);
    for (Dose dose : doses) {
      String json = GlutewiseJson.mapper().writeValueAsString(dose);
      Object words = ((JavascriptExecutor) driver).executeScript(
          "return GW.planView.formatDose(JSON.parse(arguments[0]));", json);
      assertThat(words).as("%s", dose).isEqualTo(DoseWords.of(dose));
    }
    for (LocalDate day = LocalDate.of(2026, 12, 25); day.getYear() < 2028; day = day.plusDays(5)) {
      Object words = ((JavascriptExecutor) driver).executeScript(
          "return GW.dom.formatDate(arguments[0]);", day.toString());
      assertThat(words).as("%s", day).isEqualTo(DateWords.of(day));
    }
  }

  @Test
  void aTickedRedFlagGivesTheReferralAndNoPlan() {
    openPage();
    check("#red-flag-" + RedFlag.BLADDER_BOWEL.id());
    driver.findElement(By.id("submit-plan")).click();

    WebElement referral = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referral")));
    String expected = Planner.standard()
        .plan(TraineeProfile.builder().addRedFlags(RedFlag.BLADDER_BOWEL).build(),
            PlanOptions.startingOn(LocalDate.of(2025, 1, 6)))
        .referral().orElseThrow().message();
    assertThat(driver.findElement(By.id("referral-message")).getText()).isEqualTo(expected);
    assertThat(referral.getText()).contains("No program was built.");
    assertThat(driver.findElement(By.id("plan")).isDisplayed()).isFalse();
    assertThat(driver.findElements(By.cssSelector("section.week"))).isEmpty();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("referral-heading");
    screenshot("referral");
    assertNoConsoleErrors();
  }

  @Test
  void anExerciseMarkedAsHurtingIsSwappedAndTheSessionWithOneLeftOutIsPartial() {
    openPage();
    check("input[name=equipment][value=band]");
    setDate("start", LocalDate.now().toString());
    driver.findElement(By.id("submit-plan")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log-form")));
    List<WebElement> exercises = driver.findElements(By.cssSelector("#log-exercises fieldset.exercise-entry"));
    String hurting = exercises.get(0).findElement(By.tagName("legend")).getText();
    driver.findElement(By.id("done-0")).click();
    driver.findElement(By.id("hurts-0")).click();
    // the last exercise is left out
    for (int i = 1; i < exercises.size() - 1; i++) {
      driver.findElement(By.id("done-" + i)).click();
    }
    driver.findElement(By.id("log-session")).click();

    wait.until(d -> text("diary-status").startsWith("Logged w01-s1"));
    assertThat(text("diary-status")).isEqualTo("Logged w01-s1 as partial: 1 of " + exercises.size()
        + " exercises not done.");
    assertThat(text("up-next")).contains("Substitution: you marked " + hurting.toLowerCase(java.util.Locale.ROOT));
    assertThat(text("history-list")).contains("w01-s1").contains("partial").contains("it hurt");
    assertNoConsoleErrors();
  }

  @Test
  void logAnswersThatDoNotReadAreNamedAndNothingIsKept() {
    openPage();
    setDate("start", LocalDate.now().toString());
    driver.findElement(By.id("submit-plan")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log-form")));
    WebElement first = driver.findElements(By.cssSelector("#log-exercises fieldset.exercise-entry")).get(0);
    String name = first.findElement(By.tagName("legend")).getText();
    first.findElement(By.tagName("summary")).click();
    type("reps-0", "12,x");
    driver.findElement(By.id("log-session")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText()).startsWith(name + ": write the reps of each set as whole numbers");

    type("reps-0", "12");
    type("pain-before", "11");
    driver.findElement(By.id("log-session")).click();
    wait.until(d -> error.getText().startsWith("Back pain before the session"));
    assertThat(error.getText()).contains("a whole number from 0 to 10, not \"11\"");

    driver.findElement(By.id("log-form")).findElement(By.id("pain-before")).clear();
    type("reps-0", "");
    driver.findElement(By.id("log-session")).click();
    wait.until(d -> error.getText().startsWith("Nothing is ticked or entered yet"));
    assertThat(text("history-list")).isEqualTo("No session logged yet.");
    assertNoConsoleErrors();
  }

  @Test
  void aRecordedClearanceLetsThePlanBeBuiltAndThePlanSaysSo() {
    openPage();
    check("#red-flag-" + RedFlag.NIGHT_PAIN.id());
    driver.findElement(By.cssSelector("#clearance summary")).click();
    check("#clearance-given");
    driver.findElement(By.id("submit-plan")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText()).contains("Who cleared you").contains("When");

    type("clearance-clinician", "Dr Lee, Riverside Physio");
    setDate("clearance-date", LocalDate.now().minusDays(3).toString());
    driver.findElement(By.id("submit-plan")).click();
    WebElement statement = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diary-clearance")));
    assertThat(statement.getText()).startsWith("This plan follows the clearance Dr Lee, Riverside Physio gave on");
    assertThat(driver.findElement(By.id("referral")).isDisplayed()).isFalse();
    assertNoConsoleErrors();
  }

  @Test
  void theFormWorksFromTheKeyboardAndEveryFieldHasALabel() {
    openPage();
    Object unlabelled = ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('input, select'))"
            + ".filter(function (field) { return field.labels.length === 0; })"
            + ".map(function (field) { return field.name || field.id; });");
    assertThat((List<?>) unlabelled).isEmpty();
    Object fieldsetsWithoutLegend = ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('fieldset'))"
            + ".filter(function (set) { return !set.querySelector('legend'); }).length;");
    assertThat(((Number) fieldsetsWithoutLegend).intValue()).isZero();

    // the first red-flag question is the first field a keyboard reaches, and space ticks it
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB, Keys.TAB);
    WebElement first = driver.switchTo().activeElement();
    assertThat(first.getAttribute("name")).isEqualTo("redFlags");
    first.sendKeys(Keys.SPACE);
    assertThat(first.isSelected()).isTrue();
    first.sendKeys(Keys.SPACE);
    assertThat(first.isSelected()).isFalse();

    // Enter in a field submits the form
    driver.findElement(By.id("weeks")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan")));
    assertThat(driver.findElements(By.cssSelector("section.week"))).hasSize(12);
  }

  @Test
  void aBadAnswerIsNamedAndNothingIsPlanned() {
    openPage();
    type("days", "9");
    driver.findElement(By.id("submit-plan")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getAttribute("role")).isEqualTo("alert");
    assertThat(error.getText()).contains("Training days per week").contains("1 to 6");
    assertThat(driver.findElement(By.id("plan")).isDisplayed()).isFalse();
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private void assertEveryFieldIsLabelled() {
    Object unlabelled = ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('input, select, textarea'))"
            + ".filter(function (field) { return field.labels.length === 0; })"
            + ".map(function (field) { return field.name || field.id; });");
    assertThat((List<?>) unlabelled).isEmpty();
  }

  private void atWidth(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    // the page redraws its charts for the new width
    wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;")).intValue() == width);
    try {
      Thread.sleep(400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int documentWidth() {
    return ((Number) ((JavascriptExecutor) driver).executeScript(
        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).intValue();
  }

  private int widthOf(String css) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(
        "return document.querySelector(arguments[0]).getBoundingClientRect().right;", css)).intValue();
  }

  private void openPage() {
    driver.get(server.base() + "/");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-plan")));
  }

  private String labelOf(WebElement input) {
    return input.findElement(By.xpath("./ancestor::label")).getText().strip();
  }

  private void type(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    if (!value.isEmpty()) {
      field.sendKeys(value);
    }
  }

  private void setDate(String id, String isoDate) {
    // date inputs take keyboard input in the locale's order; setting the value is what a picker does
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
        driver.findElement(By.id(id)), isoDate);
  }

  private void check(String css) {
    WebElement box = driver.findElement(By.cssSelector(css));
    if (!box.isSelected()) {
      box.click();
    }
    assertThat(box.isSelected()).isTrue();
  }

  private void assertNoConsoleErrors(String... expected) {
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .filter(entry -> !entry.getMessage().contains("favicon.ico"))
        .filter(entry -> java.util.Arrays.stream(expected).noneMatch(entry.getMessage()::contains))
        .toList();
    assertThat(severe).as("console errors, such as content security policy violations").isEmpty();
  }

  private void screenshot(String name) {
    try {
      Path target = Paths.get("target", "screenshots");
      Files.createDirectories(target);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }

  /** A downloaded file's text so far; empty while it does not exist or cannot be read yet. */
  private static String contentOf(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
