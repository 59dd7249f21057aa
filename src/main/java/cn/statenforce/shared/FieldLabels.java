package cn.statenforce.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The Chinese name of every request field (JSON body, form post, query and path parameter), so a 400 names the field
 * the way the bureau user knows it instead of the code's identifier. One map for all capabilities,
 * {@code field-labels.properties} (UTF-8): a key is a field name ({@code violationType}) or, where the same name means
 * something else in one request, {@code Type.field}. A path such as {@code violations[0].violationType} or
 * {@code todo.size} (method-parameter validation) resolves by its last name.
 */
public final class FieldLabels {

	private static final Properties LABELS = load();

	private FieldLabels() {
	}

	private static Properties load() {
		Properties p = new Properties();
		try (InputStream in = FieldLabels.class.getResourceAsStream("/field-labels.properties")) {
			if (in != null) {
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}

	/** The label of a field or field path, if one is known. */
	public static Optional<String> of(String path) {
		if (path == null || path.isBlank()) {
			return Optional.empty();
		}
		String exact = LABELS.getProperty(path);
		if (exact != null) {
			return Optional.of(exact);
		}
		String plain = path.replaceAll("\\[[^]]*]", "");
		int dot = plain.lastIndexOf('.');
		String last = dot < 0 ? plain : plain.substring(dot + 1);
		if (dot > 0) {
			String owner = plain.substring(0, dot);
			String qualified = LABELS.getProperty(owner.substring(owner.lastIndexOf('.') + 1) + "." + last);
			if (qualified != null) {
				return Optional.of(qualified);
			}
		}
		return Optional.ofNullable(LABELS.getProperty(last));
	}

	/** The label, or a neutral Chinese word when the field is unknown (never the identifier). */
	public static String label(String path) {
		return of(path).orElse("输入项");
	}

	/**
	 * The message as a user reads it: prefixed with the field's label unless the message already names it, e.g.
	 * {@code 违法行为类型：取值无效：FOO}, but {@code 请填写案由} for {@code cause}.
	 */
	public static String inMessage(String path, String message) {
		Optional<String> label = of(path);
		if (label.isEmpty() || message == null || message.contains(label.get())) {
			return message;
		}
		return label.get() + "：" + message;
	}

}
