package cn.statenforce.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Benchmark instrumentation (never in production code): wraps the application's DataSource so that every
 * statement's execution time is added to one of three buckets by the tables it names — engine history
 * ({@code ACT_HI_*}), engine runtime/repository (other {@code ACT_*}) and ours (the domain tables) — and,
 * while {@link #capture} is on for the current thread, keeps each SELECT with its parameters so that the
 * benchmark can EXPLAIN exactly what the application ran.
 */
final class SqlTimer {

	enum Bucket {
		ENGINE_RUNTIME, ENGINE_HISTORY, DOMAIN, COMMIT
	}

	/** One statement the application ran, with its bound parameters (by index). */
	record Captured(String sql, Map<Integer, Object> params) {
	}

	private static final LongAdder[] NANOS = { new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder() };

	private static final LongAdder[] COUNTS = { new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder() };

	private static final ThreadLocal<List<Captured>> CAPTURE = new ThreadLocal<>();

	/** Executions and nanoseconds by statement text (whitespace collapsed), since the last {@link #reset}. */
	private static final Map<String, Tally> BY_STATEMENT = new ConcurrentHashMap<>();

	/** Executions and nanoseconds of one statement text, with the bucket of its full text. */
	private record Tally(Bucket bucket, LongAdder executions, LongAdder nanos) {
	}

	/** One statement text with its executions and total time since the last reset. */
	record Shape(String sql, Bucket bucket, long executions, long nanos) {
	}

	private SqlTimer() {
	}

	static BeanPostProcessor postProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource ds && !(Proxy.isProxyClass(bean.getClass()))) {
					return wrap(ds);
				}
				return bean;
			}
		};
	}

	static DataSource wrap(DataSource ds) {
		return (DataSource) Proxy.newProxyInstance(SqlTimer.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(p, m, a) -> {
					Object r = invoke(ds, m, a);
					return r instanceof Connection c ? connection(c) : r;
				});
	}

	static void reset() {
		for (int i = 0; i < NANOS.length; i++) {
			NANOS[i].reset();
			COUNTS[i].reset();
		}
		BY_STATEMENT.clear();
	}

	/** The statement texts that took the most time since the last reset. */
	static List<Shape> top(int n) {
		return BY_STATEMENT.entrySet()
			.stream()
			.map(e -> new Shape(e.getKey(), e.getValue().bucket(), e.getValue().executions().sum(), e.getValue().nanos().sum()))
			.sorted(Comparator.comparingLong(Shape::nanos).reversed())
			.limit(n)
			.toList();
	}

	private static String shape(String sql) {
		String s = WHITESPACE.matcher(sql).replaceAll(" ").strip();
		return s.length() > 220 ? s.substring(0, 220) + " …" : s;
	}

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	static long nanos(Bucket b) {
		return NANOS[b.ordinal()].sum();
	}

	static long count(Bucket b) {
		return COUNTS[b.ordinal()].sum();
	}

	/** Starts keeping this thread's SELECTs; {@link #captured()} returns and stops. */
	static void capture() {
		CAPTURE.set(Collections.synchronizedList(new ArrayList<>()));
	}

	static List<Captured> captured() {
		List<Captured> l = CAPTURE.get();
		CAPTURE.remove();
		return l == null ? List.of() : List.copyOf(l);
	}

	static Bucket bucket(String sql) {
		String s = sql.toUpperCase(Locale.ROOT);
		if (s.contains("ACT_HI_")) {
			return Bucket.ENGINE_HISTORY;
		}
		if (s.contains("ACT_")) {
			return Bucket.ENGINE_RUNTIME;
		}
		return Bucket.DOMAIN;
	}

	private static Connection connection(Connection c) {
		return (Connection) Proxy.newProxyInstance(SqlTimer.class.getClassLoader(), new Class<?>[] { Connection.class },
				(p, m, a) -> {
					if (m.getName().equals("commit")) {
						long t0 = System.nanoTime();
						try {
							return invoke(c, m, a);
						}
						finally {
							NANOS[Bucket.COMMIT.ordinal()].add(System.nanoTime() - t0);
							COUNTS[Bucket.COMMIT.ordinal()].increment();
						}
					}
					Object r = invoke(c, m, a);
					if (r instanceof PreparedStatement ps && a != null && a.length > 0 && a[0] instanceof String sql) {
						return statement(ps, sql, PreparedStatement.class);
					}
					if (r instanceof Statement st && !(r instanceof PreparedStatement)) {
						return statement(st, null, Statement.class);
					}
					return r;
				});
	}

	private static Object statement(Statement target, String preparedSql, Class<?> type) {
		Map<Integer, Object> params = new TreeMap<>();
		InvocationHandler h = (p, m, a) -> {
			String name = m.getName();
			if (name.startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer i) {
				params.put(i, name.equals("setNull") ? null : a[1]);
			}
			else if (name.equals("clearParameters")) {
				params.clear();
			}
			if (!name.startsWith("execute")) {
				return invoke(target, m, a);
			}
			String sql = preparedSql != null ? preparedSql : a != null && a.length > 0 ? String.valueOf(a[0]) : "";
			List<Captured> cap = CAPTURE.get();
			if (cap != null && sql.stripLeading().regionMatches(true, 0, "select", 0, 6)) {
				cap.add(new Captured(sql, new TreeMap<>(params)));
			}
			long t0 = System.nanoTime();
			try {
				return invoke(target, m, a);
			}
			finally {
				long took = System.nanoTime() - t0;
				int b = bucket(sql).ordinal();
				NANOS[b].add(took);
				COUNTS[b].increment();
				Tally per = BY_STATEMENT.computeIfAbsent(shape(sql),
						k -> new Tally(SqlTimer.Bucket.values()[b], new LongAdder(), new LongAdder()));
				per.executions().increment();
				per.nanos().add(took);
			}
		};
		return Proxy.newProxyInstance(SqlTimer.class.getClassLoader(), new Class<?>[] { type }, h);
	}

	private static Object invoke(Object target, Method m, Object[] a) throws Throwable {
		try {
			return m.invoke(target, a);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

}
