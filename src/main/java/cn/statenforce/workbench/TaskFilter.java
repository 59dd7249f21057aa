package cn.statenforce.workbench;

/** Task list filter: process definition key, free text (case number or party name), page from 1. */
public record TaskFilter(String processKey, String q, int page, int size) {

	public TaskFilter {
		processKey = processKey == null || processKey.isBlank() ? null : processKey;
		q = q == null || q.isBlank() ? null : q.trim();
		page = Math.max(page, 1);
		size = size <= 0 ? 20 : Math.min(size, 100);
	}

}
