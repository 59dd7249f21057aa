package cn.statenforce.rectification;

/**
 * A requested amendment of a published measure: new text, new unit, new leader (names as the directory knows them,
 * or logins), each null = unchanged, and the reason.
 */
public record AmendmentCommand(String content, String owner, String leader, String reason) {
}
