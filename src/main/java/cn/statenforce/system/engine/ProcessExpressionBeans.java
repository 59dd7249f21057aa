package cn.statenforce.system.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The Spring beans process expressions may reach, and nothing else: the beans the models in
 * {@code processes/} (the engine's deployment resources) name in their expressions, plus
 * {@code statenforce.engine.extra-expression-beans}. The list is derived, so adding a delegate to a model
 * exposes it; but only delegates ({@link JavaDelegate}, {@link ExecutionListener}, {@link TaskListener}) and
 * helpers of a capability's {@code process} package can be exposed: a model naming any other bean (a
 * service, a mapper, the engine) stops the application at start-up.
 */
@Component
public class ProcessExpressionBeans {

	private static final Pattern PROCESS_PACKAGE = Pattern.compile("cn\\.statenforce\\.[a-z]+\\.process(\\..*)?");

	private static final Set<String> MODEL_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".cmmn",
			".cmmn11.xml");

	private final ListableBeanFactory beanFactory;

	private final ResourcePatternResolver resources;

	private final CamundaBpmProperties camunda;

	private final EngineProperties properties;

	private volatile Set<String> names;

	private final Map<String, Object> resolved = new ConcurrentHashMap<>();

	ProcessExpressionBeans(ListableBeanFactory beanFactory, ResourcePatternResolver resources,
			CamundaBpmProperties camunda, EngineProperties properties) {
		this.beanFactory = beanFactory;
		this.resources = resources;
		this.camunda = camunda;
		this.properties = properties;
	}

	/** Names of the exposed beans, sorted. */
	public Set<String> names() {
		Set<String> n = names;
		if (n == null) {
			synchronized (this) {
				if (names == null) {
					names = Collections.unmodifiableSet(new TreeSet<>(derive()));
				}
				n = names;
			}
		}
		return n;
	}

	/** True when the name is a Spring bean (exposed or not). */
	public boolean isBean(String name) {
		return beanFactory.containsBean(name);
	}

	/** True when the object is one of the exposed bean instances (as handed to an expression). */
	boolean isExposedInstance(Object candidate) {
		for (Object bean : resolved.values()) {
			if (bean == candidate) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The engine's {@code beans} map: exposed names only, each bean fetched from the context when an expression
	 * first uses it (the engine is built before the delegates, which depend on it).
	 */
	public Map<Object, Object> asEngineBeans() {
		return new AbstractMap<>() {

			@Override
			public boolean containsKey(Object key) {
				return key instanceof String s && names().contains(s);
			}

			@Override
			public Object get(Object key) {
				return containsKey(key) ? bean((String) key) : null;
			}

			@Override
			public Set<Entry<Object, Object>> entrySet() {
				Map<Object, Object> all = new LinkedHashMap<>();
				names().forEach(n -> all.put(n, bean(n)));
				return all.entrySet();
			}

		};
	}

	/** Beans the models reference, by model resource (for messages and tests). */
	public Map<String, Set<String>> referencedByModel() {
		Map<String, Set<String>> byModel = new LinkedHashMap<>();
		for (Resource r : modelResources()) {
			Set<String> beans = expressions(r).stream()
				.flatMap(e -> ExpressionIdentifiers.roots(e).stream())
				.filter(beanFactory::containsBean)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			byModel.put(r.getFilename(), beans);
		}
		return byModel;
	}

	/** Every expression in the models of {@code processes/}, by model resource. */
	public Map<String, List<String>> expressionsByModel() {
		Map<String, List<String>> byModel = new LinkedHashMap<>();
		for (Resource r : modelResources()) {
			byModel.put(r.getFilename(), expressions(r));
		}
		return byModel;
	}

	private Object bean(String name) {
		return resolved.computeIfAbsent(name, beanFactory::getBean);
	}

	private Set<String> derive() {
		Map<String, String> origin = new LinkedHashMap<>();
		referencedByModel().forEach((model, beans) -> beans.forEach(b -> origin.putIfAbsent(b, model)));
		properties.extraExpressionBeans().forEach(b -> origin.putIfAbsent(b, "statenforce.engine.extra-expression-beans"));
		for (Map.Entry<String, String> e : origin.entrySet()) {
			String name = e.getKey();
			if (!beanFactory.containsBean(name)) {
				throw new IllegalStateException(e.getValue() + " names bean '" + name + "', which does not exist");
			}
			if (!isExposable(name)) {
				throw new IllegalStateException(e.getValue() + " names bean '" + name + "' (" + typeOf(name)
						+ "): process expressions may only use delegates and helpers of a capability's process package");
			}
		}
		return origin.keySet();
	}

	private boolean isExposable(String name) {
		if (beanFactory.isTypeMatch(name, JavaDelegate.class) || beanFactory.isTypeMatch(name, ExecutionListener.class)
				|| beanFactory.isTypeMatch(name, TaskListener.class)) {
			return true;
		}
		Class<?> type = beanFactory.getType(name);
		return type != null && PROCESS_PACKAGE.matcher(ClassUtils.getUserClass(type).getPackageName()).matches();
	}

	private String typeOf(String name) {
		Class<?> type = beanFactory.getType(name);
		return type == null ? "unknown type" : ClassUtils.getUserClass(type).getName();
	}

	private List<Resource> modelResources() {
		Map<String, Resource> found = new LinkedHashMap<>();
		for (String pattern : camunda.getDeploymentResourcePattern()) {
			try {
				for (Resource r : resources.getResources(pattern)) {
					String file = r.getFilename();
					if (file != null && MODEL_SUFFIXES.stream().anyMatch(file::endsWith)) {
						found.putIfAbsent(r.getDescription(), r);
					}
				}
			}
			catch (IOException e) {
				throw new IllegalStateException("cannot list deployment resources " + pattern, e);
			}
		}
		return List.copyOf(found.values());
	}

	/** Attribute values and texts of the model that hold a JUEL expression. */
	static List<String> expressions(Resource model) {
		try (InputStream in = model.getInputStream()) {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document doc = f.newDocumentBuilder().parse(in);
			List<String> out = new java.util.ArrayList<>();
			collect(doc.getDocumentElement(), out);
			return out;
		}
		catch (IOException | ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("cannot read process model " + model.getDescription(), e);
		}
	}

	private static void collect(Node node, List<String> out) {
		NamedNodeMap attributes = node.getAttributes();
		if (attributes != null) {
			for (int i = 0; i < attributes.getLength(); i++) {
				String v = ((Attr) attributes.item(i)).getValue();
				if (ExpressionIdentifiers.isExpression(v)) {
					out.add(v);
				}
			}
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				String v = child.getNodeValue();
				if (ExpressionIdentifiers.isExpression(v)) {
					out.add(v.trim());
				}
			}
			else if (child.getNodeType() == Node.ELEMENT_NODE) {
				collect(child, out);
			}
		}
	}

}
