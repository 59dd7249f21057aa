package cn.statenforce.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code page} counts from 1. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	public <R> PageResult<R> map(Function<T, R> f) {
		return new PageResult<>(items.stream().map(f).toList(), total, page, size);
	}

	/** Normalises a requested page number and size into an SQL offset. */
	public static long offset(int page, int size) {
		return (long) (Math.max(page, 1) - 1) * size;
	}

}
