package cn.statenforce.audit;

import java.time.LocalDateTime;

/**
 * One link of a bureau's chain as stored. {@code entryHash} is {@link AuditChain#hash} of every other field but
 * {@code id}; {@code prevHash} is the entry hash of entry {@code seq - 1} ({@link AuditChain#GENESIS} for the first).
 */
public record AuditEntry(Long id, long bureauId, long seq, LocalDateTime occurredAt, String actorKind, String actor,
		String actorName, String actorRoles, Long actorBureauId, String clientAddress, String subjectType,
		long subjectId, String action, String oldValue, String newValue, String prevHash, String entryHash) {

	/** The same entry with its hashes set. */
	AuditEntry linked(String prev, String hash) {
		return new AuditEntry(id, bureauId, seq, occurredAt, actorKind, actor, actorName, actorRoles, actorBureauId,
				clientAddress, subjectType, subjectId, action, oldValue, newValue, prev, hash);
	}

}
