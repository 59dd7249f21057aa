package cn.statenforce.organization;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values read once per HTTP request — or, outside a request, once per transaction — for the organization's reads that
 * every step and page repeats (the bureau tree for each scope check, the user's groups for each engine task query).
 * Outside both, every call reads. A null is not kept. Writers of what is kept call {@link #forget} so that their own
 * request or transaction reads afresh.
 */
final class ScopedMemo {

	private static final String ATTRIBUTE = ScopedMemo.class.getName();

	private static final Object RESOURCE = new Object();

	private ScopedMemo() {
	}

	@SuppressWarnings("unchecked")
	static <V> V get(String key, Supplier<V> read) {
		Map<String, Object> memo = memo();
		if (memo == null) {
			return read.get();
		}
		Object known = memo.get(key);
		if (known != null) {
			return (V) known;
		}
		V v = read.get();
		if (v != null) {
			memo.put(key, v);
		}
		return v;
	}

	/** Drops every kept value whose key starts with {@code prefix}. */
	static void forget(String prefix) {
		Map<String, Object> memo = memo();
		if (memo != null) {
			memo.keySet().removeIf(k -> k.startsWith(prefix));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> memo() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			Map<String, Object> m = (Map<String, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			if (m == null) {
				m = new HashMap<>();
				request.setAttribute(ATTRIBUTE, m, RequestAttributes.SCOPE_REQUEST);
			}
			return m;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<String, Object> m = (Map<String, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
		if (m == null) {
			Map<String, Object> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
				}
			});
			m = fresh;
		}
		return m;
	}

}
