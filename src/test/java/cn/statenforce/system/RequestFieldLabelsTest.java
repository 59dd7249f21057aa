package cn.statenforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.FieldLabels;

/**
 * Every field a request can carry has its Chinese label ({@code field-labels.properties}), so no 400 falls back to an
 * identifier: the query and path parameters of every controller of the application, every component of the records
 * they take as JSON bodies or bound parameters (recursively), and every field name a {@link BadRequestException} is
 * thrown with.
 */
@StatEnforceTest
class RequestFieldLabelsTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void shouldLabelEveryRequestField() {
		Set<String> missing = new TreeSet<>();
		DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
		for (HandlerMethod h : mappings.getHandlerMethods().values()) {
			if (!h.getBeanType().getName().startsWith("cn.statenforce.")) {
				continue;
			}
			for (MethodParameter p : h.getMethodParameters()) {
				p.initParameterNameDiscovery(names);
				String where = h.getBeanType().getSimpleName() + "#" + h.getMethod().getName();
				RequestParam rp = p.getParameterAnnotation(RequestParam.class);
				PathVariable pv = p.getParameterAnnotation(PathVariable.class);
				if (rp != null || pv != null) {
					if (Map.class.isAssignableFrom(p.getParameterType())) {
						continue;
					}
					String name = rp != null ? (rp.name().isEmpty() ? rp.value() : rp.name()) : (pv.name().isEmpty() ? pv.value() : pv.name());
					check(name.isEmpty() ? p.getParameterName() : name, where, missing);
				}
				else if (p.hasParameterAnnotation(RequestBody.class) || p.hasParameterAnnotation(ModelAttribute.class)
						|| p.getParameterType().isRecord() && !BeanUtils.isSimpleProperty(p.getParameterType())) {
					components(p.getGenericParameterType(), where, missing);
				}
			}
		}
		missing.addAll(badRequestFields());
		assertThat(missing).as("request fields without a label in field-labels.properties").isEmpty();
	}

	private static void check(String field, String where, Set<String> missing) {
		if (FieldLabels.of(field).isEmpty()) {
			missing.add(field + " (" + where + ")");
		}
	}

	private static void components(Type type, String where, Set<String> missing) {
		Deque<Type> todo = new ArrayDeque<>(java.util.List.of(type));
		Set<Class<?>> seen = new java.util.HashSet<>();
		while (!todo.isEmpty()) {
			Type t = todo.pop();
			if (t instanceof ParameterizedType pt) {
				if (Collection.class.isAssignableFrom((Class<?>) pt.getRawType())) {
					todo.push(pt.getActualTypeArguments()[0]);
				}
				continue;
			}
			if (t instanceof Class<?> c && c.isRecord() && c.getName().startsWith("cn.statenforce.") && seen.add(c)) {
				for (RecordComponent rc : c.getRecordComponents()) {
					check(rc.getName(), where + " " + c.getSimpleName(), missing);
					todo.push(rc.getGenericType());
				}
			}
		}
	}

	/** The field names {@code new BadRequestException("field", …)} is thrown with, read from the compiled classes. */
	private static Set<String> badRequestFields() {
		Set<String> missing = new TreeSet<>();
		try {
			Path root = Path.of(BadRequestException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			try (Stream<Path> files = Files.walk(root.resolve("cn/statenforce"))) {
				files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
					try (InputStream in = Files.newInputStream(f)) {
						ClassReader reader = new ClassReader(in);
						String owner = reader.getClassName();
						reader.accept(new ClassVisitor(SpringAsmInfo.ASM_VERSION) {
							@Override
							public MethodVisitor visitMethod(int access, String name, String d, String s, String[] e) {
								return new FieldLiterals(owner + "#" + name, missing);
							}
						}, 0);
					}
					catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				});
			}
		}
		catch (IOException | URISyntaxException e) {
			throw new IllegalStateException(e);
		}
		return missing;
	}

	/**
	 * Finds {@code NEW BadRequestException; DUP; LDC "field"; … INVOKESPECIAL <init>(String, String)}: the first
	 * argument of the two-string constructor, when it is a literal.
	 */
	private static final class FieldLiterals extends MethodVisitor {

		private static final String TYPE = "cn/statenforce/shared/BadRequestException";

		private final String where;

		private final Set<String> missing;

		/** Per pending NEW of the exception: the literal pushed right after its DUP, or "" when none. */
		private final Deque<String> pending = new ArrayDeque<>();

		private boolean afterDup;

		FieldLiterals(String where, Set<String> missing) {
			super(SpringAsmInfo.ASM_VERSION);
			this.where = where;
			this.missing = missing;
		}

		@Override
		public void visitTypeInsn(int opcode, String type) {
			if (opcode == Opcodes.NEW && TYPE.equals(type)) {
				pending.push("");
			}
			afterDup = false;
		}

		@Override
		public void visitInsn(int opcode) {
			afterDup = opcode == Opcodes.DUP && !pending.isEmpty() && pending.peek().isEmpty();
		}

		@Override
		public void visitVarInsn(int opcode, int varIndex) {
			afterDup = false;
		}

		@Override
		public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
			afterDup = false;
		}

		@Override
		public void visitIntInsn(int opcode, int operand) {
			afterDup = false;
		}

		@Override
		public void visitLdcInsn(Object value) {
			if (afterDup && value instanceof String s) {
				pending.pop();
				pending.push(s);
			}
			afterDup = false;
		}

		@Override
		public void visitMethodInsn(int opcode, String type, String name, String descriptor, boolean isInterface) {
			afterDup = false;
			if (opcode == Opcodes.INVOKESPECIAL && TYPE.equals(type) && "<init>".equals(name) && !pending.isEmpty()) {
				String field = pending.pop();
				if ("(Ljava/lang/String;Ljava/lang/String;)V".equals(descriptor) && !field.isEmpty()
						&& FieldLabels.of(field).isEmpty()) {
					missing.add(field + " (" + where.replace('/', '.') + ")");
				}
			}
		}

	}

}
