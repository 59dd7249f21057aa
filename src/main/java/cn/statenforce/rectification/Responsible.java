package cn.statenforce.rectification;

import java.time.LocalDateTime;

/**
 * An entry of the bureau's directory of responsible units and leaders (责任单位/责任领导目录): a name as the
 * bureau's sheets write it. Measures name entries, not accounts; an entry may have linked accounts (those log in
 * and work or sign off its measures) or none (then the plan's coordinator or leader acts for it).
 */
public record Responsible(Long id, Long bureauId, String kind, String name, String createdBy, LocalDateTime createdAt,
		int rowVersion) {

	public ResponsibleKind responsibleKind() {
		return ResponsibleKind.valueOf(kind);
	}

}
