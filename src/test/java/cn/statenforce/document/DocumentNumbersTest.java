package cn.statenforce.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.organization.BureauService;
import cn.statenforce.shared.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 文号 register: parallel issuers get one gap-free run of numbers, a voided number stays voided and is never
 * issued again, a rolled-back step returns its number, and a bureau's format is checked and then used.
 */
@StatEnforceTest
class DocumentNumbersTest {

	/** A year no other test numbers in, so this test's sequences start at 1. */
	static final int YEAR = 2031;

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	BureauService bureaus;

	@Autowired
	TransactionTemplate tx;

	long yuhu() {
		return bureaus.bureauByRegionCode("430302").id();
	}

	@Test
	void shouldIssueOneGapFreeRunToParallelThreadsAndNeverReuseAVoidedNumber() throws Exception {
		long bureau = yuhu();
		int threads = 8;
		int each = 6;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<Integer>>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			Callable<List<Integer>> issuer = () -> {
				List<Integer> mine = new ArrayList<>();
				for (int i = 0; i < each; i++) {
					long subject = 9_300_000L + thread * 100 + i;
					mine.add(tx.execute(s -> numbers.issue(bureau, DocumentKind.CORRECTION_ORDER, YEAR, "TEST_SUBJECT", subject,
							"yuhu.inspector1").seq()));
				}
				return mine;
			};
			results.add(pool.submit(issuer));
		}
		List<Integer> all = new ArrayList<>();
		for (Future<List<Integer>> r : results) {
			all.addAll(r.get());
		}
		pool.shutdown();
		// 48 numbers, 1 to 48, each once
		assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
		List<IssuedNumber> register = numbers.register(bureau, DocumentKind.CORRECTION_ORDER, YEAR);
		assertThat(register).extracting(IssuedNumber::docNumber).doesNotHaveDuplicates().hasSize(threads * each)
			.contains("雨统责改〔2031〕1号", "雨统责改〔2031〕48号");

		// a step that fails after taking a number gives it back: no gap
		assertThatThrownBy(() -> tx.execute(s -> {
			numbers.issue(bureau, DocumentKind.CORRECTION_ORDER, YEAR, "TEST_SUBJECT", 9_399_999L, "yuhu.inspector1");
			throw new IllegalStateException("the step failed");
		})).isInstanceOf(IllegalStateException.class);

		long seventeen = register.get(16).id();
		tx.executeWithoutResult(s -> numbers.voidNumber(seventeen, "文书内容有误，重新制作", "yuhu.inspector1"));
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> numbers.voidNumber(seventeen, "再次作废", "yuhu.inspector1")))
			.hasMessageContaining("已作废");
		IssuedNumber next = tx.execute(s -> numbers.issue(bureau, DocumentKind.CORRECTION_ORDER, YEAR, "TEST_SUBJECT",
				9_300_016L, "yuhu.inspector1"));
		assertThat(next.docNumber()).isEqualTo("雨统责改〔2031〕49号");
		List<IssuedNumber> after = numbers.register(bureau, DocumentKind.CORRECTION_ORDER, YEAR);
		assertThat(after).hasSize(49);
		assertThat(after.get(16)).satisfies(n -> {
			assertThat(n.docNumber()).isEqualTo("雨统责改〔2031〕17号");
			assertThat(n.voided()).isTrue();
			assertThat(n.voidReason()).isEqualTo("文书内容有误，重新制作");
			assertThat(n.voidedBy()).isEqualTo("yuhu.inspector1");
		});
		assertThat(numbers.issuedTo("TEST_SUBJECT", 9_300_016L, DocumentKind.CORRECTION_ORDER).seq()).isEqualTo(49);
	}

	@Test
	void shouldUseTheBureausFormatOnceItPassesTheChecks() {
		long bureau = yuhu();
		assertThatThrownBy(() -> numbers.setPattern(bureau, DocumentKind.HEARING_NOTICE, "{机关代字}听〔{年度}〕号", "yuhu.admin"))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("{序号}")
			.satisfies(e -> assertThat(((BadRequestException) e).field()).isEqualTo("pattern"));
		assertThatThrownBy(() -> numbers.setPattern(bureau, DocumentKind.HEARING_NOTICE, "{机关代字}听〔{年度}〕{月}{序号}号", "yuhu.admin"))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("只能使用");
		assertThatThrownBy(() -> numbers.setPattern(bureau, DocumentKind.FILING_APPROVAL, DocumentNumbers.DEFAULT_PATTERN, "yuhu.admin"))
			.isInstanceOf(BadRequestException.class).hasMessageContaining("不编文号");
		try {
			numbers.setPattern(bureau, DocumentKind.HEARING_NOTICE, "{机关代字}{类别代字}字〔{年度}〕第{序号}号", "yuhu.admin");
			IssuedNumber n = tx.execute(s -> numbers.issue(bureau, DocumentKind.HEARING_NOTICE, YEAR, "TEST_SUBJECT", 9_310_001L,
					"yuhu.inspector1"));
			assertThat(n.docNumber()).isEqualTo("雨统听通字〔2031〕第1号");
			// the district next door keeps its own sequence and the default format
			long yuetang = bureaus.bureauByRegionCode("430304").id();
			IssuedNumber other = tx.execute(s -> numbers.issue(yuetang, DocumentKind.HEARING_NOTICE, YEAR, "TEST_SUBJECT",
					9_310_002L, "yuetang.inspector1"));
			assertThat(other.docNumber()).isEqualTo("岳统听通〔2031〕1号");
		}
		finally {
			numbers.setPattern(bureau, DocumentKind.HEARING_NOTICE, DocumentNumbers.DEFAULT_PATTERN, "yuhu.admin");
		}
	}

}
