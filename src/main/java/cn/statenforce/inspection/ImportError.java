package cn.statenforce.inspection;

/** A rejected row of an import: line (1 = header), column (header name) and the reason in Chinese. */
public record ImportError(long lineNo, String columnName, String reason) {
}
