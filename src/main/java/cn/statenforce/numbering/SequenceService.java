package cn.statenforce.numbering;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the next number of a yearly sequence (per bureau and type). The row is locked until the
 * caller's transaction ends, so numbers are unique and, because a rolled-back step also rolls back its
 * number, gap-free.
 */
@Service
public class SequenceService {

	private final SequenceMapper mapper;

	SequenceService(SequenceMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public int next(long bureauId, String type, int year) {
		mapper.upsertIncrement(bureauId, type, year);
		return mapper.selectCurrent(bureauId, type, year);
	}

}
