package cn.statenforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;

import cn.statenforce.penalty.PenaltyRules;

/**
 * One home per rule: every statutory number and window lives in the {@code penalty} capability (configured through
 * {@code statenforce.penalty.*}) and every other capability asks it. The check reads the compiled classes, so it
 * sees what the code does, not what it is called: constants are inlined by the compiler, and renaming a constant,
 * a method or a class does not hide a number from it. Outside {@code cn.statenforce.penalty} (and the demo data) no
 * class may
 * <ul>
 * <li>shift a date by a fixed amount: {@code plusDays(15)}, {@code minusYears(1)}, {@code addWorkingDays(d, 7)} with a
 * constant (a constant field is a constant too) — windows come from configuration;</li>
 * <li>make a money amount from a constant: {@code new BigDecimal("3000")}, {@code BigDecimal.valueOf(200)};</li>
 * <li>state a period or an amount in its Chinese text: "3000元", "5个工作日", "十五日", "二年", "3个月" in a message,
 * a concatenation or an annotation (Bean Validation messages) — text quoting a window must take the number from the
 * rule that applies it.</li>
 * </ul>
 * A shift by one ({@code plusDays(1)}: "the next day") is not a window and is allowed; so are 0 and 100 as
 * amounts (nothing, per cent). The few numbers that are not law are listed with their reason.
 */
class OneHomePerRuleTest {

	/** The rules' home, and demo data (dates of the demo users' certificates, not rules). */
	private static final List<String> EXEMPT_PACKAGES = List.of("cn/statenforce/penalty/", "cn/statenforce/demo/");

	/**
	 * Numbers that are not law, each with its reason: the workbench's "due within 3 working days" is how far ahead
	 * the task list looks, a display horizon, not a window of anyone's rights or duties; the API token decoder's 30
	 * seconds are the clock skew it tolerates between nodes.
	 */
	private static final Set<String> NOT_STATUTORY = Set.of("cn.statenforce.workbench.TaskInbox#summary",
			"cn.statenforce.workbench.web.TaskApiController#workbench", "cn.statenforce.system.ApiTokens#decoder");

	private static final Set<String> DATE_TYPES = Set.of("java/time/LocalDate", "java/time/LocalDateTime",
			"java/time/ZonedDateTime", "java/time/OffsetDateTime", "java/time/Instant");

	private static final Set<String> PERIOD_FACTORIES = Set.of("java/time/Period", "java/time/Duration");

	private static final String CALENDAR = "cn/statenforce/calendar/WorkingDayCalendar";

	/**
	 * A number (Arabic or Chinese) with a unit of money or time, as statutory windows and caps are written. A calendar
	 * date is not a window: the day of a month ("12月31日", "每月10日") and a four-digit year ("2024年") are skipped.
	 */
	static final Pattern STATUTORY_TEXT = Pattern.compile(
			"(?<![月\\d])(?!\\d{4}年)(\\d+|[一二两三四五六七八九十百千万]+)\\s*(元|个工作日|工作日|日(?![期报志常])|天|个月|年(?![度份]))");

	@Test
	void noStatutoryNumberOutsideThePenaltyRules() throws IOException, URISyntaxException {
		Path root = Path.of(PenaltyRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root.resolve("cn/statenforce"))) {
			files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
				String name = root.relativize(p).toString().replace('\\', '/');
				if (EXEMPT_PACKAGES.stream().noneMatch(name::startsWith)) {
					scan(p).stream().filter(v -> NOT_STATUTORY.stream().noneMatch(v::startsWith)).forEach(violations::add);
				}
			});
		}
		assertThat(violations).as("statutory numbers outside cn.statenforce.penalty").isEmpty();
	}

	@Test
	void shouldRecogniseTheWaysAWindowOrAmountIsWrittenInChinese() {
		assertThat(STATUTORY_TEXT.matcher("警告或公民200元、法人及其他组织3000元以下罚款").find()).isTrue();
		assertThat(STATUTORY_TEXT.matcher("听证申请已超过告知后5个工作日的期限").find()).isTrue();
		assertThat(STATUTORY_TEXT.matcher("已超过二年追责时效").find()).isTrue();
		assertThat(STATUTORY_TEXT.matcher("延长期限不超过3个月").find()).isTrue();
		assertThat(STATUTORY_TEXT.matcher("十五日内缴纳").find()).isTrue();
		assertThat(STATUTORY_TEXT.matcher("送达日期不能晚于今天").find()).isFalse();
		assertThat(STATUTORY_TEXT.matcher("年度统计").find()).isFalse();
		assertThat(STATUTORY_TEXT.matcher("请填写缴款日期").find()).isFalse();
		assertThat(STATUTORY_TEXT.matcher("本年12月31日持有有效统计执法证的人数").find()).isFalse();
		assertThat(STATUTORY_TEXT.matcher("完成时限填 2024年9月30日 或 2024年9月底").find()).isFalse();
		assertThat(STATUTORY_TEXT.matcher("“上旬”按当月10日计").find()).isFalse();
		assertThat(STATUTORY_TEXT.matcher("罚款2000元").find()).isTrue();
	}

	private static List<String> scan(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			ClassReader reader = new ClassReader(in);
			List<String> found = new ArrayList<>();
			reader.accept(new Scanner(reader.getClassName().replace('/', '.'), found), 0);
			return found;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class Scanner extends ClassVisitor {

		private final String owner;

		private final List<String> found;

		Scanner(String owner, List<String> found) {
			super(SpringAsmInfo.ASM_VERSION);
			this.owner = owner;
			this.found = found;
		}

		void text(String where, Object value) {
			if (value instanceof String s && STATUTORY_TEXT.matcher(s).find()) {
				found.add(where + ": text \"" + s + "\"");
			}
		}

		@Override
		public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
			return new Texts(owner);
		}

		@Override
		public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
			text(owner + "." + name, value);
			String where = owner + "." + name;
			return new FieldVisitor(SpringAsmInfo.ASM_VERSION) {
				@Override
				public AnnotationVisitor visitAnnotation(String d, boolean v) {
					return new Texts(where);
				}
			};
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			return new Instructions(owner + "#" + name);
		}

		/** Strings in annotations (e.g. {@code @Max(message = "…")}), including those on record components. */
		private final class Texts extends AnnotationVisitor {

			private final String where;

			Texts(String where) {
				super(SpringAsmInfo.ASM_VERSION);
				this.where = where;
			}

			@Override
			public void visit(String name, Object value) {
				text(where + " @" + name, value);
			}

			@Override
			public AnnotationVisitor visitAnnotation(String name, String descriptor) {
				return this;
			}

			@Override
			public AnnotationVisitor visitArray(String name) {
				return this;
			}

		}

		private final class Instructions extends MethodVisitor {

			private final String where;

			/** The constant the last instruction pushed, or null. */
			private Number pushed;

			Instructions(String where) {
				super(SpringAsmInfo.ASM_VERSION);
				this.where = where;
			}

			@Override
			public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
				return new Texts(where);
			}

			@Override
			public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
				return new Texts(where);
			}

			@Override
			public void visitInsn(int opcode) {
				Number n = switch (opcode) {
					case Opcodes.ICONST_M1 -> -1;
					case Opcodes.ICONST_0, Opcodes.LCONST_0 -> 0;
					case Opcodes.ICONST_1, Opcodes.LCONST_1 -> 1;
					case Opcodes.ICONST_2 -> 2;
					case Opcodes.ICONST_3 -> 3;
					case Opcodes.ICONST_4 -> 4;
					case Opcodes.ICONST_5 -> 5;
					case Opcodes.I2L -> pushed;
					default -> null;
				};
				pushed = n;
				lastString = null;
			}

			@Override
			public void visitJumpInsn(int opcode, org.springframework.asm.Label label) {
				pushed = null;
				lastString = null;
			}

			@Override
			public void visitIincInsn(int varIndex, int increment) {
				pushed = null;
				lastString = null;
			}

			@Override
			public void visitIntInsn(int opcode, int operand) {
				pushed = opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH ? operand : null;
			}

			@Override
			public void visitLdcInsn(Object value) {
				text(where, value);
				pushed = value instanceof Integer || value instanceof Long ? (Number) value : null;
				lastString = value instanceof String s ? s : null;
			}

			/** The string the last instruction pushed, for {@code new BigDecimal("…")}. */
			private String lastString;

			@Override
			public void visitMethodInsn(int opcode, String type, String name, String descriptor, boolean isInterface) {
				if (pushed != null && shiftsADate(type, name) && Math.abs(pushed.longValue()) > 1) {
					found.add(where + ": " + type.substring(type.lastIndexOf('/') + 1) + "." + name + "(" + pushed + ")");
				}
				else if (pushed != null && "addWorkingDays".equals(name) && CALENDAR.equals(type)) {
					found.add(where + ": WorkingDayCalendar.addWorkingDays(…, " + pushed + ")");
				}
				else if ("java/math/BigDecimal".equals(type) && ("<init>".equals(name) || "valueOf".equals(name))
						&& (lastString != null || pushed != null)) {
					Object amount = lastString != null ? lastString : pushed;
					// 0 is no amount, 100 turns a percentage into a ratio
					if (!"0".equals(amount.toString()) && !"100".equals(amount.toString())) {
						found.add(where + ": BigDecimal(" + amount + ")");
					}
				}
				pushed = null;
				lastString = null;
			}

			@Override
			public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... args) {
				for (Object a : args) {
					text(where, a);
				}
				pushed = null;
				lastString = null;
			}

			@Override
			public void visitVarInsn(int opcode, int varIndex) {
				pushed = null;
				lastString = null;
			}

			@Override
			public void visitFieldInsn(int opcode, String type, String name, String descriptor) {
				pushed = null;
				lastString = null;
			}

			@Override
			public void visitTypeInsn(int opcode, String type) {
				// NEW BigDecimal; DUP keep what follows
			}

			private boolean shiftsADate(String type, String name) {
				boolean shift = name.startsWith("plus") || name.startsWith("minus");
				boolean factory = name.startsWith("of");
				return DATE_TYPES.contains(type) && shift || PERIOD_FACTORIES.contains(type) && factory;
			}

		}

	}

}
