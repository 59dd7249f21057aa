package cn.statenforce;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for tests against a running server (the real Tomcat, Jersey and webapp servlets):
 * HTTP Basic for {@code /api} and {@code /engine-rest}, or a form-login session (with Camunda's XSRF token)
 * for the pages and the webapps. Paths are sent exactly as given (no normalisation), so tests can send the
 * odd paths an attacker would.
 */
public final class HttpTestClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final String basic;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private HttpTestClient(String base, String basic) {
		this.base = base;
		this.basic = basic;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Anonymous. */
	public static HttpTestClient anonymous(String base) {
		return new HttpTestClient(base, null);
	}

	/** HTTP Basic with the given account. */
	public static HttpTestClient basic(String base, String username, String password) {
		return new HttpTestClient(base, "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** A session signed in through the login page (form login with Spring's CSRF token). */
	public static HttpTestClient session(String base, String username, String password)
			throws IOException, InterruptedException {
		HttpTestClient c = new HttpTestClient(base, null);
		Matcher m = CSRF.matcher(c.send("GET", "/login", null, null).body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
		HttpResponse<String> r = c.send("POST", "/login", "application/x-www-form-urlencoded", form);
		if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login of " + username + " failed: " + r.statusCode());
		}
		return c;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send("GET", path, null, null);
	}

	public HttpResponse<String> json(String method, String path, String json) throws IOException, InterruptedException {
		return send(method, path, "application/json", json);
	}

	/** A multipart POST with one file part (like {@code curl -F data=@file}), e.g. a deployment. */
	public HttpResponse<String> postFile(String path, String partName, Path file) throws IOException, InterruptedException {
		String boundary = "----statenforce" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nhostile\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
				+ file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file),
				("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder b = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sends a request; JSON and form bodies as given. Camunda's XSRF token goes along when the session has one. */
	public HttpResponse<String> send(String method, String path, String contentType, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder b = request(path);
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		if (basic != null) {
			b.header("Authorization", basic);
		}
		for (HttpCookie c : cookies.getCookieStore().getCookies()) {
			if (c.getName().equals("XSRF-TOKEN")) {
				b.header("X-XSRF-TOKEN", c.getValue());
			}
		}
		return b;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		int n = 0;
		for (byte[] p : parts) {
			n += p.length;
		}
		byte[] out = new byte[n];
		int i = 0;
		for (byte[] p : parts) {
			System.arraycopy(p, 0, out, i, p.length);
			i += p.length;
		}
		return out;
	}

}
