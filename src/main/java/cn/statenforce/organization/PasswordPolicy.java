package cn.statenforce.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import cn.statenforce.shared.BadRequestException;

/**
 * What a password set for an account must be (NIST SP 800-63B §5.1.1.2: a minimum length, and a check against
 * passwords known to be common or derived from the account, instead of composition rules): 8 to 64 characters; not
 * one of the common passwords ({@code security/common-passwords.txt}); not a single repeated character or a run of
 * consecutive digits or keyboard letters; and not containing the username (or it reversed). Each refusal is a 400 on
 * the {@code password} field.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 64;

	private static final Set<String> COMMON = load();

	private static final String[] RUNS = { "01234567890", "09876543210", "qwertyuiop", "asdfghjkl", "zxcvbnm",
			"abcdefghijklmnopqrstuvwxyz" };

	private PasswordPolicy() {
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				String w = line.strip();
				if (!w.isEmpty() && !w.startsWith("#")) {
					words.add(w.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}

	/** The password, or 400 naming the field when it breaks a rule. */
	public static String check(String username, String password) {
		if (password == null || password.isEmpty()) {
			throw new BadRequestException("password", "请填写密码");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			throw new BadRequestException("password", "密码长度须为" + MIN_LENGTH + "-" + MAX_LENGTH + "位");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || isRepeatedOrRun(lower)) {
			throw new BadRequestException("password", "密码过于常见或有规律，容易被猜中，请换一个");
		}
		if (username != null && username.length() >= 3) {
			String name = username.toLowerCase(Locale.ROOT);
			String reversed = new StringBuilder(name).reverse().toString();
			if (lower.contains(name) || lower.contains(reversed) || name.contains(lower)) {
				throw new BadRequestException("password", "密码不能包含用户名");
			}
		}
		return password;
	}

	private static boolean isRepeatedOrRun(String p) {
		if (p.chars().distinct().count() == 1) {
			return true;
		}
		for (String run : RUNS) {
			if (run.contains(p)) {
				return true;
			}
		}
		return false;
	}

}
