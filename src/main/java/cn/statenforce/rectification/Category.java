package cn.statenforce.rectification;

import java.util.Arrays;
import java.util.Optional;

/** 整改类别, as inspection and audit practice classifies measures (domain.md §5.1). */
public enum Category {

	/** 立行立改: fixed at once, often during the inspection itself. */
	IMMEDIATE("立行立改"),
	/** 限期整改: fixed by a deadline. */
	DEADLINE("限期整改"),
	/** 长期坚持: ongoing; closes into a recorded long-term mechanism (长效机制) under periodic review. */
	LONG_TERM("长期坚持");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<Category> parse(String text) {
		return Arrays.stream(values()).filter(s -> s.name().equals(text) || s.label.equals(text)).findFirst();
	}

}
