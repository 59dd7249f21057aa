package cn.statenforce.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.StatEnforceTest;

@StatEnforceTest
class SequenceServiceTest {

	@Autowired
	SequenceService sequences;

	@Autowired
	TransactionTemplate tx;

	@Test
	void shouldCountPerBureauTypeAndYearAndReuseRolledBackNumbers() {
		assertThat(next(2, "TEST_A", 2026)).isEqualTo(1);
		assertThat(next(2, "TEST_A", 2026)).isEqualTo(2);
		assertThat(next(3, "TEST_A", 2026)).isEqualTo(1);
		assertThat(next(2, "TEST_A", 2027)).isEqualTo(1);
		assertThat(next(2, "TEST_B", 2026)).isEqualTo(1);
		try {
			tx.executeWithoutResult(s -> {
				sequences.next(2, "TEST_A", 2026);
				throw new IllegalStateException("step failed");
			});
		}
		catch (IllegalStateException expected) {
			// the failed step's number is not used up
		}
		assertThat(next(2, "TEST_A", 2026)).isEqualTo(3);
	}

	@Test
	void shouldRequireTheCallersTransaction() {
		assertThatThrownBy(() -> sequences.next(2, "TEST_C", 2026)).isInstanceOf(IllegalTransactionStateException.class);
	}

	private int next(long bureau, String type, int year) {
		return tx.execute(s -> sequences.next(bureau, type, year));
	}

}
