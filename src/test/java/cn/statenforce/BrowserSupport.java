package cn.statenforce;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, both at explicit paths, so Selenium never
 * tries to download a browser or driver (there is no internet in CI). Paths can be overridden with the
 * environment variables CHROMIUM_BINARY and CHROMEDRIVER.
 */
public final class BrowserSupport {

	private BrowserSupport() {
	}

	public static WebDriver newDriver() {
		return newDriver(null);
	}

	/** A driver that saves downloads into {@code downloads} without asking (null: the browser's default). */
	public static WebDriver newDriver(Path downloads) {
		String binary = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
		String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
		try {
			Path profile = Files.createTempDirectory("statenforce-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(binary);
			// the pages ask before irreversible steps (data-confirm); a test clicking through answers yes
			options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
			if (downloads != null) {
				options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
						"download.prompt_for_download", false, "safebrowsing.enabled", false));
			}
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
				.usingAnyFreePort()
				.build();
			ChromeDriver d = new ChromeDriver(service, options);
			if (downloads != null) {
				d.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow", "downloadPath",
						downloads.toString()));
			}
			d.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			return d;
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Signs in through the login page and waits for the workbench. */
	public static void login(WebDriver driver, String baseUrl, String username, String password) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	/**
	 * Clicks like a user: the element scrolled to the middle of the window (long forms reach below the fold), then a
	 * real click. Headless Chromium sometimes leaves a native {@code <select>} popup open over the lower part of the
	 * page after an option was chosen; then Escape closes it and the click is tried again, and only if something
	 * still covers the element is it clicked through the DOM.
	 */
	public static void click(WebDriver driver, WebElement element) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(element));
		try {
			element.click();
		}
		catch (ElementClickInterceptedException covered) {
			new Actions(driver).sendKeys(Keys.ESCAPE).perform();
			try {
				element.click();
			}
			catch (ElementClickInterceptedException stillCovered) {
				js.executeScript("arguments[0].click();", element);
			}
		}
	}

	public static void logout(WebDriver driver) {
		driver.findElement(By.id("logout")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
	}

}
