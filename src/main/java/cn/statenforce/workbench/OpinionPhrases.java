package cn.statenforce.workbench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;

/**
 * 常用意见: a few phrases every user has, plus each user's own (kept per user, at most {@link #MAX_PER_USER}); the
 * task page offers them in a select that fills the opinion.
 */
@Service
public class OpinionPhrases {

	/** The phrases every user starts with. */
	public static final List<String> DEFAULTS = List.of("同意。", "不同意。", "请补充证据材料。", "事实不清，请补充调查。",
			"文书不规范，请修改后重新报送。");

	/** How many phrases of their own a user keeps. */
	public static final int MAX_PER_USER = 30;

	/** Longest phrase (the column). */
	public static final int MAX_LENGTH = 200;

	private final OpinionPhraseMapper mapper;

	OpinionPhrases(OpinionPhraseMapper mapper) {
		this.mapper = mapper;
	}

	/** The defaults, then the user's own, without repeats. */
	@Transactional(readOnly = true)
	public List<OpinionPhrase> of(CurrentUser user) {
		List<OpinionPhrase> own = mapper.selectByUser(user.username());
		List<OpinionPhrase> all = new ArrayList<>();
		DEFAULTS.stream().filter(d -> own.stream().noneMatch(o -> o.phrase().equals(d)))
			.forEach(d -> all.add(new OpinionPhrase(null, null, d, null, null)));
		all.addAll(own);
		return all;
	}

	/** Adds a phrase of the user's (400 when blank or too long; a phrase already there is not added twice). */
	@Transactional
	public OpinionPhrase add(CurrentUser user, String text) {
		String phrase = Inputs.required("phrase", "常用意见", text, MAX_LENGTH);
		List<OpinionPhrase> own = mapper.selectByUser(user.username());
		var existing = own.stream().filter(o -> o.phrase().equals(phrase)).findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		if (DEFAULTS.contains(phrase)) {
			return new OpinionPhrase(null, null, phrase, null, null);
		}
		if (own.size() >= MAX_PER_USER) {
			throw new ConflictException("常用意见最多保存" + MAX_PER_USER + "条，请先删除不用的");
		}
		mapper.insert(new OpinionPhrase(null, user.username(), phrase, AppClock.now(), 0));
		return mapper.selectByUser(user.username()).stream().filter(o -> o.phrase().equals(phrase)).findFirst()
			.orElseThrow();
	}

	/** Removes one of the user's own phrases (404 when it is not theirs). */
	@Transactional
	public void remove(CurrentUser user, long id) {
		if (mapper.delete(id, user.username()) != 1) {
			throw new NotFoundException("常用意见不存在");
		}
	}

}
