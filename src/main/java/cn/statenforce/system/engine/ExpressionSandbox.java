package cn.statenforce.system.engine;

import java.beans.FeatureDescriptor;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.BpmnModelExecutionContext;
import org.camunda.bpm.engine.delegate.CmmnModelExecutionContext;
import org.camunda.bpm.engine.delegate.DelegateCaseExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.util.ClassUtils;

/**
 * Wraps the engine's expression resolver so that an expression reaches only what a model legitimately needs:
 * the exposed beans ({@link ProcessExpressionBeans}) and their own public methods; values (text, numbers,
 * booleans, dates and times, enums, collections, maps, arrays); and the variable and identity methods of
 * {@code execution} and {@code task}. Everything else is refused, in particular reflection
 * ({@code ''.getClass().forName(...)}, {@code x.class}), class loaders, and the way from {@code execution} to
 * the process engine, its configuration and services. Root identifiers are resolved as before (variables,
 * then the exposed beans), so an unexposed bean is simply unknown.
 */
class ExpressionSandbox extends ELResolver {

	/** Engine objects expressions may use, without the members that lead to the engine itself. */
	private static final List<Class<?>> ENGINE_OBJECTS = List.of(DelegateExecution.class, DelegateTask.class,
			DelegateCaseExecution.class, VariableScope.class);

	private static final Set<Class<?>> ENGINE_ACCESS = Set.of(ProcessEngineServicesAware.class,
			BpmnModelExecutionContext.class, CmmnModelExecutionContext.class, Object.class);

	private static final Set<String> ENGINE_OBJECT_MEMBERS = engineObjectMembers();

	private final ELResolver delegate;

	private final ProcessExpressionBeans beans;

	private final Map<Class<?>, Set<String>> beanMembers = new ConcurrentHashMap<>();

	ExpressionSandbox(ELResolver delegate, ProcessExpressionBeans beans) {
		this.delegate = delegate;
		this.beans = beans;
	}

	@Override
	public Object getValue(ELContext context, Object base, Object property) {
		check(base, property);
		return delegate.getValue(context, base, property);
	}

	@Override
	public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
		check(base, method);
		return delegate.invoke(context, base, method, paramTypes, params);
	}

	@Override
	public void setValue(ELContext context, Object base, Object property, Object value) {
		check(base, property);
		delegate.setValue(context, base, property, value);
	}

	@Override
	public Class<?> getType(ELContext context, Object base, Object property) {
		check(base, property);
		return delegate.getType(context, base, property);
	}

	@Override
	public boolean isReadOnly(ELContext context, Object base, Object property) {
		return delegate.isReadOnly(context, base, property);
	}

	@Override
	public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
		return delegate.getFeatureDescriptors(context, base);
	}

	@Override
	public Class<?> getCommonPropertyType(ELContext context, Object base) {
		return delegate.getCommonPropertyType(context, base);
	}

	@Override
	public Object convertToType(ELContext context, Object obj, Class<?> targetType) {
		return delegate.convertToType(context, obj, targetType);
	}

	/** Refuses the access unless the base is an object expressions may use and the member is one of its own. */
	void check(Object base, Object member) {
		if (base == null) {
			return;
		}
		String name = member == null ? "null" : member.toString();
		if (ExpressionIdentifiers.FORBIDDEN_MEMBERS.contains(name)) {
			throw refused(base, name);
		}
		if (isValue(base) || base.getClass().isArray()) {
			return;
		}
		if (beans.isExposedInstance(base)) {
			if (!beanMembers.computeIfAbsent(ClassUtils.getUserClass(base), ExpressionSandbox::ownMembers).contains(name)) {
				throw refused(base, name);
			}
			return;
		}
		if (isEngineObject(base)) {
			if (!ENGINE_OBJECT_MEMBERS.contains(name)) {
				throw refused(base, name);
			}
			return;
		}
		throw refused(base, name);
	}

	private static boolean isValue(Object base) {
		return base instanceof CharSequence || base instanceof Number || base instanceof Boolean
				|| base instanceof Character || base instanceof Enum<?> || base instanceof TemporalAccessor
				|| base instanceof TemporalAmount || base instanceof ZoneId || base instanceof Date
				|| base instanceof Collection<?> || base instanceof Map<?, ?> || base instanceof Optional<?>
				|| base instanceof Map.Entry<?, ?> || base.getClass().getName().startsWith("org.joda.time.");
	}

	private static boolean isEngineObject(Object base) {
		return ENGINE_OBJECTS.stream().anyMatch(t -> t.isInstance(base));
	}

	private static ELException refused(Object base, String member) {
		return new ELException("expression sandbox: '" + member + "' of " + ClassUtils.getUserClass(base).getName()
				+ " is not reachable from process expressions");
	}

	/** Public methods (and bean properties) a bean class declares itself, not those of Object. */
	private static Set<String> ownMembers(Class<?> type) {
		Set<String> names = new HashSet<>();
		for (Method m : type.getMethods()) {
			if (m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers())) {
				addMember(names, m);
			}
		}
		return Set.copyOf(names);
	}

	private static Set<String> engineObjectMembers() {
		Set<String> names = new HashSet<>();
		for (Class<?> type : ENGINE_OBJECTS) {
			for (Method m : type.getMethods()) {
				if (!ENGINE_ACCESS.contains(m.getDeclaringClass())) {
					addMember(names, m);
				}
			}
		}
		return Set.copyOf(names);
	}

	private static void addMember(Set<String> names, Method m) {
		String n = m.getName();
		names.add(n);
		if (m.getParameterCount() == 0 && n.startsWith("get") && n.length() > 3) {
			names.add(Introspector.decapitalize(n.substring(3)));
		}
		else if (m.getParameterCount() == 0 && n.startsWith("is") && n.length() > 2) {
			names.add(Introspector.decapitalize(n.substring(2)));
		}
	}

}
