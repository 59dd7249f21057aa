package cn.statenforce.organization;

import java.time.LocalDateTime;

import cn.statenforce.shared.RegionCode;

/**
 * A statistics bureau (统计局). Bureaus form a tree province → city → county/district; {@code treePath}
 * ("/1/4/") lists the ids from the root so that an upper bureau's subtree is one prefix query.
 */
public record Bureau(Long id, String regionCode, String name, String docPrefix, String levelCode, Long parentId,
		String treePath, LocalDateTime createdAt, int rowVersion) {

	public RegionCode.Level level() {
		return RegionCode.Level.valueOf(levelCode);
	}

	/** True when {@code other} is this bureau or lies below it. */
	public boolean isAncestorOrSelf(Bureau other) {
		return other.treePath().startsWith(treePath);
	}

}
