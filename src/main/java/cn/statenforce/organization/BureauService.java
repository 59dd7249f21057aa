package cn.statenforce.organization;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.Inputs;
import cn.statenforce.shared.NotFoundException;
import cn.statenforce.shared.RegionCode;
import cn.statenforce.shared.RowVersions;

/**
 * The bureau tree and the data-scope rule every capability applies: a user reads the records of their
 * own bureau and of the bureaus below it, changes only their own bureau's records, and never sees a
 * sibling's (a sibling's record answers 404, an upper bureau's change attempt 403).
 */
@Service
public class BureauService {

	private final OrganizationMapper mapper;

	BureauService(OrganizationMapper mapper) {
		this.mapper = mapper;
	}

	/*
	 * Every scope check reads the user's bureau and the record's, and a list reads the tree: a step or a page asked for
	 * the same few rows three to five times. They are read once per request or transaction (ScopedMemo); the edits
	 * below forget them, so an edit's own request reads afresh.
	 */
	private static final String MEMO = "bureau:";

	public List<Bureau> bureaus() {
		return ScopedMemo.get(MEMO + "all", () -> List.copyOf(mapper.selectBureaus()));
	}

	private Bureau byId(long id) {
		return ScopedMemo.get(MEMO + "id:" + id, () -> mapper.selectBureauById(id));
	}

	public Bureau bureau(long id) {
		Bureau b = byId(id);
		if (b == null) {
			throw new NotFoundException("统计局不存在: " + id);
		}
		return b;
	}

	public Bureau bureauByRegionCode(String regionCode) {
		return ScopedMemo.get(MEMO + "region:" + regionCode, () -> mapper.selectBureauByRegionCode(regionCode));
	}

	/** Ids of the user's bureau and every bureau below it. */
	public List<Long> readableBureauIds(CurrentUser user) {
		Bureau own = bureau(user.bureauId());
		return bureaus().stream().filter(own::isAncestorOrSelf).map(Bureau::id).toList();
	}

	/** Bureaus the user can read, own bureau first. */
	public List<Bureau> readableBureaus(CurrentUser user) {
		Bureau own = bureau(user.bureauId());
		return bureaus().stream().filter(own::isAncestorOrSelf).toList();
	}

	public boolean canRead(CurrentUser user, long bureauId) {
		Bureau own = bureau(user.bureauId());
		Bureau target = byId(bureauId);
		return target != null && own.isAncestorOrSelf(target);
	}

	/**
	 * Whether {@code bureauId} is {@code ancestorId} or a bureau below it: a city bureau inspects and enforces on the
	 * units of its districts' directories too.
	 */
	public boolean isWithin(long bureauId, long ancestorId) {
		Bureau target = byId(bureauId);
		return target != null && bureau(ancestorId).isAncestorOrSelf(target);
	}

	/** Throws 404 unless the record's bureau is the user's own or below it. */
	public void ensureReadable(CurrentUser user, long bureauId, String what) {
		if (!canRead(user, bureauId)) {
			throw new NotFoundException(what + "不存在或无权查看");
		}
	}

	/** Whether the user may change records of the bureau (its own; an upper bureau only reads). */
	public boolean canWrite(CurrentUser user, long bureauId) {
		return user.bureauId() == bureauId && canRead(user, bureauId);
	}

	/** Throws 404 for a record out of sight and 403 for one the user may only read. */
	public void ensureWritable(CurrentUser user, long bureauId, String what) {
		ensureReadable(user, bureauId, what);
		if (user.bureauId() != bureauId) {
			throw new ForbiddenException("上级统计局只能查阅下级单位的" + what + "，不能修改");
		}
	}

	/** For administration: an ADMIN manages users of their own bureau and of the bureaus below it. */
	public void ensureWritableOrBelow(CurrentUser user, long bureauId) {
		ensureReadable(user, bureauId, "统计局");
	}

	/**
	 * A bureau registered by a signed-in user: a bureau belongs to its parent, so only the parent's ADMIN registers
	 * one under it; a new root bureau (a separate tree of the installation) only the system administrator. A
	 * district's ADMIN therefore cannot register a bureau under the city or beside it, nor a new root.
	 */
	@Transactional
	public Bureau createBureau(CurrentUser user, String regionCode, String name, String docPrefix, Long parentId) {
		if (parentId == null) {
			if (!user.hasRole(Role.SYSTEM_ADMIN)) {
				throw new ForbiddenException("新的最上级统计局只能由系统管理员登记");
			}
		}
		else {
			if (mapper.selectBureauById(parentId) == null) {
				throw new NotFoundException("上级统计局不存在");
			}
			if (!user.hasRole(Role.ADMIN) || user.bureauId() != parentId.longValue()) {
				throw new ForbiddenException("下级统计局只能由其上级统计局的管理员登记");
			}
		}
		return createBureau(regionCode, name, docPrefix, parentId);
	}

	/**
	 * An edit of a bureau's name and 机关代字 on the version the editor read (a stale version changes nothing, 409). A
	 * bureau belongs to its parent, as at registration: the parent's ADMIN edits it, a root bureau the system
	 * administrator.
	 */
	@Transactional
	public Bureau updateBureau(CurrentUser user, long id, int expectedVersion, String name, String docPrefix) {
		Bureau b = mapper.selectBureauById(id);
		if (b == null || !canRead(user, id) && !user.hasRole(Role.SYSTEM_ADMIN)) {
			throw new NotFoundException("统计局不存在");
		}
		boolean owner = b.parentId() == null ? user.hasRole(Role.SYSTEM_ADMIN)
				: user.hasRole(Role.ADMIN) && user.bureauId() == b.parentId().longValue();
		if (!owner) {
			throw new ForbiddenException(b.parentId() == null ? "最上级统计局只能由系统管理员修改" : "统计局只能由其上级统计局的管理员修改");
		}
		String n = Inputs.required("name", "机关名称", name, 100);
		String prefix = Inputs.required("docPrefix", "机关代字", docPrefix, 20);
		RowVersions.written(mapper.updateBureau(id, expectedVersion, n, prefix), "该统计局");
		ScopedMemo.forget(MEMO);
		return bureau(id);
	}

	/**
	 * Registers a bureau, under its parent when it has one. The region code must be valid, unique and lie
	 * inside the parent's. A root may be of any level: a county bureau can run the system on its own.
	 */
	@Transactional
	public Bureau createBureau(String regionCode, String name, String docPrefix, Long parentId) {
		if (!RegionCode.isValid(regionCode)) {
			throw new BadRequestException("regionCode", "行政区划代码无效: " + regionCode);
		}
		RegionCode code = new RegionCode(regionCode);
		if (mapper.selectBureauByRegionCode(regionCode) != null) {
			throw new ConflictException("该行政区划代码的统计局已存在: " + regionCode);
		}
		Bureau parent = parentId == null ? null : bureau(parentId);
		if (parent != null && !new RegionCode(parent.regionCode()).contains(code)) {
			throw new BadRequestException("regionCode", "行政区划代码 " + regionCode + " 不在上级 " + parent.regionCode() + " 的辖区内");
		}
		var row = new OrganizationMapper.BureauRow();
		row.regionCode = regionCode;
		row.name = name;
		row.docPrefix = docPrefix;
		row.levelCode = code.level().name();
		row.parentId = parentId;
		row.createdAt = AppClock.now();
		mapper.insertBureau(row);
		String path = (parent == null ? "/" : parent.treePath()) + row.id + "/";
		mapper.updateBureauTreePath(row.id, path);
		ScopedMemo.forget(MEMO);
		return bureau(row.id);
	}

}
