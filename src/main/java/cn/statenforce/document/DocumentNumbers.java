package cn.statenforce.document;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.numbering.SequenceService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;

/**
 * The one place where document numbers (文号) are made: one gap-free sequence per bureau, kind and year (the
 * existing {@link SequenceService}, so a rolled-back step rolls its number back too), formatted by the bureau's
 * pattern for the kind (default {@value #DEFAULT_PATTERN}, e.g. 雨统罚决〔2026〕3号), and written to the register with
 * the record it was issued to. A voided number (作废) stays in the register with its reason and is never issued
 * again: the next document of the kind gets the next number.
 */
@Service
public class DocumentNumbers {

	/** 机关代字 + 类别代字 + 〔年度〕 + 序号 + 号 (GB/T 9704: year in 〔〕, no leading zeros, no 第). */
	public static final String DEFAULT_PATTERN = "{机关代字}{类别代字}〔{年度}〕{序号}号";

	private static final Pattern TOKEN = Pattern.compile("\\{[^}]*}");

	private final DocumentMapper mapper;

	private final SequenceService sequences;

	private final BureauService bureaus;

	DocumentNumbers(DocumentMapper mapper, SequenceService sequences, BureauService bureaus) {
		this.mapper = mapper;
		this.sequences = sequences;
		this.bureaus = bureaus;
	}

	/**
	 * Issues the next number of the kind for the year to a record, in the caller's transaction (the sequence row
	 * stays locked until it ends, so parallel callers get consecutive numbers and none is lost or repeated).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedNumber issue(long bureauId, DocumentKind kind, int year, String subjectType, long subjectId,
			String issuedBy) {
		if (!kind.numbered()) {
			throw new IllegalArgumentException(kind + " has no document number");
		}
		Bureau b = bureaus.bureau(bureauId);
		int seq = sequences.next(bureauId, kind.name(), year);
		var row = new DocumentMapper.NumberRow();
		row.bureauId = bureauId;
		row.kind = kind.name();
		row.docYear = year;
		row.seq = seq;
		row.docNumber = format(pattern(bureauId, kind), b.docPrefix(), kind.defaultCode(), year, seq);
		row.subjectType = subjectType;
		row.subjectId = subjectId;
		row.issuedBy = issuedBy;
		row.issuedAt = AppClock.now();
		mapper.insertNumber(row);
		return mapper.selectNumber(row.id);
	}

	/** The number issued to the record for the kind and not voided, or null. */
	public IssuedNumber issuedTo(String subjectType, long subjectId, DocumentKind kind) {
		return mapper.selectIssuedNumber(subjectType, subjectId, kind.name());
	}

	/** How many numbers of the kind, voided ones included, were ever issued to the record. */
	public int everIssuedTo(String subjectType, long subjectId, DocumentKind kind) {
		return mapper.countNumbersOfSubject(subjectType, subjectId, kind.name());
	}

	/** Voids a number (作废): kept in the register with the reason, never issued again. 409 if voided already. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void voidNumber(long numberId, String reason, String by) {
		if (mapper.updateNumberVoided(numberId, reason, by, AppClock.now()) != 1) {
			throw new ConflictException("该文号已作废");
		}
	}

	/** The register of a bureau's numbers of one kind and year, in sequence order. */
	public List<IssuedNumber> register(long bureauId, DocumentKind kind, int year) {
		return mapper.selectNumbers(bureauId, kind.name(), year);
	}

	/** The bureau's pattern for the kind, or the default. */
	public String pattern(long bureauId, DocumentKind kind) {
		String p = mapper.selectFormat(bureauId, kind.name());
		return p != null ? p : DEFAULT_PATTERN;
	}

	/**
	 * Sets the bureau's pattern for a numbered kind (an ADMIN decision). It must contain {年度} and {序号} once each and
	 * no other placeholder than {机关代字} and {类别代字} (400 naming {@code pattern}). Numbers already issued keep
	 * their text.
	 */
	@Transactional
	public void setPattern(long bureauId, DocumentKind kind, String pattern, String by) {
		if (!kind.numbered()) {
			throw new BadRequestException("kind", "「" + kind.title() + "」不编文号");
		}
		check(pattern);
		mapper.upsertFormat(bureauId, kind.name(), pattern.strip(), by, AppClock.now());
	}

	static void check(String pattern) {
		if (pattern == null || pattern.isBlank() || pattern.length() > 100) {
			throw new BadRequestException("pattern", "文号格式不能为空，且不超过100字");
		}
		if (count(pattern, "{年度}") != 1 || count(pattern, "{序号}") != 1) {
			throw new BadRequestException("pattern", "文号格式须各含一次 {年度} 和 {序号}");
		}
		String rest = pattern.replace("{机关代字}", "").replace("{类别代字}", "").replace("{年度}", "").replace("{序号}", "");
		if (TOKEN.matcher(rest).find() || rest.contains("{") || rest.contains("}")) {
			throw new BadRequestException("pattern", "文号格式只能使用 {机关代字}、{类别代字}、{年度}、{序号}");
		}
	}

	static String format(String pattern, String prefix, String code, int year, int seq) {
		return pattern.replace("{机关代字}", prefix).replace("{类别代字}", code).replace("{年度}", String.valueOf(year))
			.replace("{序号}", String.valueOf(seq));
	}

	private static int count(String s, String token) {
		int n = 0;
		for (int i = s.indexOf(token); i >= 0; i = s.indexOf(token, i + 1)) {
			n++;
		}
		return n;
	}

}
