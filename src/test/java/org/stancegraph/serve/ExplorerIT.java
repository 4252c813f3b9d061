package org.stancegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stancegraph.SeedCorpus;
import org.stancegraph.graph.Store;

/**
 * The explorer in a real browser: Debian's headless Chromium, driven through chromedriver, against
 * a real server over the seeds on a random loopback port. Each view is written as a screenshot under
 * {@code target/explorer/}. Skipped, with the reason, where Chromium or chromedriver is missing
 * ({@code .ci/run} installs them when it can).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "explorer");
    private static final String TROOPS = "Western troops in Ukraine";
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) actors, (\\d+) contradictions, (.+)");

    @TempDir
    static Path dir;

    static Store store;
    static StancegraphServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: install Debian's chromium and chromium-driver to run them");
        store = Store.open(dir.resolve("db"));
        SeedCorpus.buildInto(store);
        server = StancegraphServer.start(store, ServerSettings.defaults(0));
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1400,1100",
                        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void theNetworkOfTheSeedsAppearsAtTheRoot() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        Matcher summary = summary();
        assertTrue(Integer.parseInt(summary.group(1)) > 1, summary.group());
        assertEquals(contradictions(""), Integer.parseInt(summary.group(2)), "what a SPARQL client gets");
        List<WebElement> topics = new Select(browser.findElement(By.id("topic"))).getOptions();
        assertTrue(topics.stream().anyMatch(o -> o.getText().equals("Western troops in Ukraine")), "topics listed");
        waitFor(() -> !browser.findElements(By.cssSelector(".tabsList .tab")).isEmpty());
        assertTrue(
                browser.findElements(By.cssSelector(".tabsList .tab")).stream()
                        .anyMatch(t -> t.getText().contains("who-contradicted-whom")),
                "the SPARQL editor has a tab per named query");
        screenshot("1-network");
    }

    @Test
    @Order(2)
    void aTopicShowsItsCampsAndItsStancesInTime() throws Exception {
        new Select(browser.findElement(By.id("topic"))).selectByVisibleText(TROOPS);
        waitFor(() -> browser.findElement(By.id("topic-title")).getText().equals("Camps on " + TROOPS));
        Matcher summary = summary();
        assertEquals(contradictions(TROOPS), Integer.parseInt(summary.group(2)), "the network is the topic's");
        assertFalse(
                browser.findElements(By.cssSelector("ul.camp.favour button.actor"))
                        .isEmpty(),
                "a camp in favour");
        assertFalse(
                browser.findElements(By.cssSelector("ul.camp.against button.actor"))
                        .isEmpty(),
                "a camp against");
        assertTrue(browser.findElement(By.id("stance-chart")).isDisplayed(), "the stance chart");
        screenshot("2-topic");
    }

    @Test
    @Order(3)
    void theTimeWindowNarrowsTheNetwork() throws IOException {
        Matcher wide = summary();
        WebElement from = browser.findElement(By.id("window-from"));
        assertTrue(from.isEnabled(), "the topic's edges span several days");
        from.sendKeys(Keys.ARROW_RIGHT);
        waitFor(() -> !summary().group(3).equals(wide.group(3)));
        Matcher narrow = summary();
        assertTrue(Integer.parseInt(narrow.group(2)) <= Integer.parseInt(wide.group(2)), narrow.group());
        assertEquals(narrow.group(3), browser.findElement(By.id("window-label")).getText());
        screenshot("3-window");
    }

    @Test
    @Order(4)
    void anActorShowsTheirStatementsWithEvidence() throws IOException {
        WebElement actor = browser.findElement(By.cssSelector("ul.camp.favour button.actor"));
        String name = actor.getText();
        actor.click();
        waitFor(() -> !browser.findElements(By.cssSelector("#actor-statements li.statement"))
                .isEmpty());
        assertTrue(browser.findElement(By.id("actor-name")).getText().startsWith(name));
        List<WebElement> statements = browser.findElements(By.cssSelector("#actor-statements li.statement"));
        for (WebElement statement : statements) {
            assertFalse(
                    statement.findElement(By.tagName("blockquote")).getText().isBlank(), "evidence sentence");
            assertTrue(statement.findElement(By.tagName("cite")).getText().startsWith("article "), "the article");
            assertTrue(
                    statement.findElement(By.cssSelector(".stance")).getText().matches("favour|against|neutral"));
        }
        assertTrue(
                statements.stream()
                        .anyMatch(s -> !s.findElements(By.tagName("mark")).isEmpty()),
                "a quote is marked in its sentence");
        screenshot("4-actor");
    }

    /** The rows of who-contradicted-whom over HTTP, for {@code topic} (a label) or every topic. */
    private static int contradictions(String topic) throws IOException, InterruptedException {
        String url = server.datasetUrl() + "/queries/who-contradicted-whom"
                + (topic.isEmpty() ? "" : "?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "text/csv")
                                .build(),
                        BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return (int) response.body().lines().count() - 1;
    }

    /** The network summary, once the network has loaded. */
    private static Matcher summary() {
        Matcher[] match = new Matcher[1];
        waitFor(() -> {
            match[0] = SUMMARY.matcher(
                    browser.findElement(By.id("network-summary")).getText());
            return match[0].matches();
        });
        return match[0];
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(OutputType.FILE)
                .toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
