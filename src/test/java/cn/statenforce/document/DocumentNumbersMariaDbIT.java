package cn.statenforce.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.StatEnforceMariaDbIT;
import cn.statenforce.organization.BureauService;

import static org.assertj.core.api.Assertions.assertThat;

/** The 文号 register on MariaDB (InnoDB row locks, READ COMMITTED): parallel issuers, one gap-free run, no duplicate. */
@StatEnforceMariaDbIT
class DocumentNumbersMariaDbIT {

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	BureauService bureaus;

	@Autowired
	TransactionTemplate tx;

	@Test
	void shouldIssueOneGapFreeRunToParallelThreads() throws Exception {
		long bureau = bureaus.bureauByRegionCode("430302").id();
		int threads = 10;
		int each = 10;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<String>>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			results.add(pool.submit(() -> {
				List<String> mine = new ArrayList<>();
				for (int i = 0; i < each; i++) {
					long subject = 9_400_000L + thread * 100 + i;
					mine.add(tx.execute(s -> numbers.issue(bureau, DocumentKind.PRIOR_NOTICE, 2032, "TEST_SUBJECT", subject,
							"yuhu.inspector1").docNumber()));
				}
				return mine;
			}));
		}
		List<String> all = new ArrayList<>();
		for (Future<List<String>> r : results) {
			all.addAll(r.get());
		}
		pool.shutdown();
		assertThat(all).containsExactlyInAnyOrderElementsOf(
				IntStream.rangeClosed(1, threads * each).mapToObj(n -> "雨统罚告〔2032〕" + n + "号").toList());
		assertThat(numbers.register(bureau, DocumentKind.PRIOR_NOTICE, 2032)).extracting(IssuedNumber::seq)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
	}

}
