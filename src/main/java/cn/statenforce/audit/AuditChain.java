package cn.statenforce.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of a chain link. The input is every field of the entry (bureau, sequence number, time to the second,
 * actor, subject, action, old and new value) and the previous entry's hash, each written as its length in UTF-8
 * bytes, a colon and the bytes (a null as {@code -}), so no two different entries share an input. SHA-256, lower-case
 * hex. Kept free of Spring and the database so that {@link AuditVerifyCommand} computes exactly what the
 * application does.
 */
public final class AuditChain {

	/** The "previous hash" of a bureau's first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private AuditChain() {
	}

	public static String hash(AuditEntry e) {
		StringBuilder b = new StringBuilder(512);
		field(b, "v1");
		field(b, Long.toString(e.bureauId()));
		field(b, Long.toString(e.seq()));
		field(b, e.occurredAt() == null ? null : TIME.format(e.occurredAt()));
		field(b, e.actorKind());
		field(b, e.actor());
		field(b, e.actorName());
		field(b, e.actorRoles());
		field(b, e.actorBureauId() == null ? null : e.actorBureauId().toString());
		field(b, e.clientAddress());
		field(b, e.subjectType());
		field(b, Long.toString(e.subjectId()));
		field(b, e.action());
		field(b, e.oldValue());
		field(b, e.newValue());
		field(b, e.prevHash());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void field(StringBuilder b, String value) {
		if (value == null) {
			b.append('-');
			return;
		}
		b.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
	}

}
