package cn.statenforce.operations;

import java.util.List;
import java.util.Locale;

/**
 * The cause of a failed background step in words an ADMIN of a statistics bureau understands, read from the
 * exception's class and message (the technical lines of {@code EngineIncidents}). The application's own refusals
 * carry a Chinese message, which is shown; everything else is named by kind.
 */
final class IncidentCauses {

	private static final List<String> DOMAIN = List.of("cn.statenforce.shared.BadRequestException",
			"cn.statenforce.shared.ConflictException", "cn.statenforce.shared.NotFoundException",
			"cn.statenforce.shared.ForbiddenException");

	private IncidentCauses() {
	}

	static String describe(List<String> technical) {
		if (technical == null || technical.isEmpty()) {
			return "后台步骤已停止自动重试，未记录失败原因。可先重试；仍失败时请联系技术支持。";
		}
		String all = String.join("\n", technical);
		String lower = all.toLowerCase(Locale.ROOT);
		for (String line : technical) {
			for (String type : DOMAIN) {
				int at = line.indexOf(type + ": ");
				if (at >= 0) {
					return "业务规则不允许继续办理：" + line.substring(at + type.length() + 2).trim();
				}
			}
		}
		if (lower.contains("optimisticlocking")) {
			return "该记录同时被其他操作修改（并发冲突）。通常重试即可继续。";
		}
		if (lower.contains("cannotgetjdbcconnection") || lower.contains("communicationsexception")
				|| lower.contains("sqltransientconnection") || lower.contains("sqlnontransientconnection")
				|| lower.contains("connection refused") || lower.contains("connection is not available")
				|| lower.contains("dataaccessresourcefailure") || lower.contains("communications link failure")) {
			return "数据库暂时无法连接。请确认数据库已恢复后重试。";
		}
		if (lower.contains("lock wait timeout") || lower.contains("deadlock") || lower.contains("querytimeout")
				|| lower.contains("timeout")) {
			return "数据库繁忙（等待超时或死锁）。请稍后重试。";
		}
		if (lower.contains("duplicatekey") || lower.contains("integrityconstraint") || lower.contains("dataintegrityviolation")) {
			return "数据违反唯一性或完整性要求（可能已重复办理）。请联系技术支持核对数据。";
		}
		if (lower.contains("unknown property used in expression") || lower.contains("propertynotfound")
				|| lower.contains("cannot resolve identifier") || lower.contains("unknown method used in expression")) {
			return "流程模型中的表达式无法求值（流程配置错误）。请联系技术支持。";
		}
		return "系统程序错误，后台步骤未能完成。请联系技术支持并提供技术信息；问题修复后可重试。";
	}

}
