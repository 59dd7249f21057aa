package cn.statenforce.directory;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.PageResult;
import cn.statenforce.shared.RegionCode;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/** Reads and maintains the unit directory within the caller's bureau scope. */
@Service
public class EnterpriseService {

	private static final String WHAT = "单位";

	private final EnterpriseMapper mapper;

	private final BureauService bureaus;

	EnterpriseService(EnterpriseMapper mapper, BureauService bureaus) {
		this.mapper = mapper;
		this.bureaus = bureaus;
	}

	/** One unit the user may read; 404 otherwise. */
	public Enterprise get(CurrentUser user, long id) {
		// the directory is the bureau staff's: a rectification unit's account and the system administrator have no
		// directory work (the same answer as for a unit out of sight)
		Enterprise e = user.isBureauStaff() ? mapper.selectById(id) : null;
		if (e == null) {
			throw new NotFoundException("单位不存在或无权查看");
		}
		bureaus.ensureReadable(user, e.bureauId(), WHAT);
		return e;
	}

	/** A unit by id without a user check, for process delegates that already hold a scoped record. */
	public Enterprise getUnchecked(long id) {
		Enterprise e = mapper.selectById(id);
		if (e == null) {
			throw new NotFoundException("单位不存在: " + id);
		}
		return e;
	}

	/** The units of these bureaus with these 统一社会信用代码 (as stored: upper case), in no particular order. */
	public List<Enterprise> findByCreditCodes(List<Long> bureauIds, java.util.Collection<String> codes) {
		if (bureauIds.isEmpty() || codes.isEmpty()) {
			return List.of();
		}
		return mapper.selectByCreditCodes(bureauIds, codes);
	}

	/** Unit names by id (units gone from the directory are left out), looked up a thousand at a time. */
	public java.util.Map<Long, String> namesByIds(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
		for (int from = 0; from < all.size(); from += 1000) {
			mapper.selectByIds(all.subList(from, Math.min(all.size(), from + 1000)))
				.forEach(e -> names.put(e.id(), e.name()));
		}
		return names;
	}

	/**
	 * 检查办结: the inspection capability writes the unit's last inspection date and result here (the directory
	 * owns the unit's row); 404 when the unit is gone.
	 */
	@Transactional
	public void recordLastInspection(long id, LocalDate on, String result) {
		if (mapper.updateLastInspection(id, on, result, AppClock.now()) != 1) {
			throw new NotFoundException("单位不存在: " + id);
		}
	}

	public PageResult<Enterprise> search(CurrentUser user, String q, int page, int size) {
		List<Long> ids = bureaus.readableBureauIds(user);
		String query = q == null || q.isBlank() ? null : q.trim();
		return new PageResult<>(mapper.search(ids, query, PageResult.offset(page, size), size),
				mapper.count(ids, query), Math.max(page, 1), size);
	}

	/** Ids of readable units whose name contains the text (e.g. to find tasks by enterprise name). */
	public List<Long> idsByName(List<Long> bureauIds, String q, int limit) {
		return mapper.selectIdsByNameLike(bureauIds, q, limit);
	}

	@Transactional
	public Enterprise create(CurrentUser user, EnterpriseCommand cmd) {
		validate(cmd);
		if (mapper.selectByCreditCode(user.bureauId(), cmd.creditCode()) != null) {
			throw new ConflictException("名录库中已有该统一社会信用代码的单位: " + cmd.creditCode());
		}
		var row = row(cmd);
		row.bureauId = user.bureauId();
		mapper.insert(row);
		return mapper.selectById(row.id);
	}

	@Transactional
	public Enterprise update(CurrentUser user, long id, int expectedVersion, EnterpriseCommand cmd) {
		Enterprise current = get(user, id);
		bureaus.ensureWritable(user, current.bureauId(), WHAT);
		validate(cmd);
		if (!current.creditCode().equals(cmd.creditCode())) {
			throw new BadRequestException("creditCode", "统一社会信用代码不能修改");
		}
		var row = row(cmd);
		row.id = id;
		if (mapper.update(row, expectedVersion) == 0) {
			throw new ConflictException("该单位信息已被他人修改，请刷新后重试");
		}
		return mapper.selectById(id);
	}

	private static void validate(EnterpriseCommand cmd) {
		if (!UnifiedSocialCreditCode.isValid(cmd.creditCode())) {
			throw new BadRequestException("creditCode", "统一社会信用代码校验位不正确: " + cmd.creditCode());
		}
		if (!RegionCode.isValid(cmd.regionCode())) {
			throw new BadRequestException("regionCode", "行政区划代码无效: " + cmd.regionCode());
		}
	}

	private static EnterpriseMapper.EnterpriseRow row(EnterpriseCommand cmd) {
		var row = new EnterpriseMapper.EnterpriseRow();
		row.creditCode = cmd.creditCode();
		row.name = cmd.name().trim();
		row.regionCode = cmd.regionCode();
		row.industryCode = cmd.industryCode();
		row.sizeClass = cmd.sizeClass();
		row.partyType = cmd.partyType().name();
		row.legalRepresentative = cmd.legalRepresentative();
		row.address = cmd.address();
		row.phone = cmd.phone();
		row.onlineReporting = cmd.onlineReporting();
		row.riskTags = cmd.riskTags();
		row.now = AppClock.now();
		return row;
	}

}
