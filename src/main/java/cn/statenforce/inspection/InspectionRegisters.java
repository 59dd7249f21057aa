package cn.statenforce.inspection;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.Certificate;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/**
 * The registers of 一单两库 besides the unit directory: the 检查事项清单 (default items of the NBS list,
 * maintained by an ADMIN of a top-level bureau; each bureau adds and maintains its own), the inspector
 * directory (users with role INSPECTOR and their 统计执法证) and the recusal declarations.
 */
@Service
public class InspectionRegisters {

	private final RegisterMapper mapper;

	private final BureauService bureaus;

	private final UserService users;

	private final EnterpriseService enterprises;

	InspectionRegisters(RegisterMapper mapper, BureauService bureaus, UserService users, EnterpriseService enterprises) {
		this.mapper = mapper;
		this.bureaus = bureaus;
		this.users = users;
		this.enterprises = enterprises;
	}

	/** Items a bureau uses: the default items and its own. */
	public List<InspectionItem> items(long bureauId, boolean activeOnly) {
		return mapper.selectItems(bureauId, activeOnly);
	}

	public InspectionItem item(long id) {
		InspectionItem i = mapper.selectItem(id);
		if (i == null) {
			throw new NotFoundException("检查事项不存在");
		}
		return i;
	}

	@Transactional
	public InspectionItem addItem(CurrentUser user, String title, String basis, int sortOrder) {
		requireAny(user, "维护检查事项清单", Role.LEADER, Role.LEGAL_REVIEWER, Role.ADMIN);
		requireText(title, "title", "检查事项名称不能为空");
		checkItemLengths(title, basis);
		GeneratedId key = new GeneratedId();
		mapper.insertItem(user.bureauId(), title.strip(), basis, sortOrder, user.username(), AppClock.now(), key);
		return mapper.selectItem(key.id);
	}

	@Transactional
	public InspectionItem updateItem(CurrentUser user, long id, int expectedVersion, String title, String basis,
			boolean active, int sortOrder) {
		InspectionItem item = item(id);
		if (item.isDefault()) {
			Bureau own = bureaus.bureau(user.bureauId());
			if (!user.hasRole(Role.ADMIN) || own.parentId() != null) {
				throw new ForbiddenException("默认检查事项只能由最上级统计局的管理员修改");
			}
		}
		else {
			requireAny(user, "维护检查事项清单", Role.LEADER, Role.LEGAL_REVIEWER, Role.ADMIN);
			bureaus.ensureWritable(user, item.bureauId(), "检查事项");
		}
		requireText(title, "title", "检查事项名称不能为空");
		checkItemLengths(title, basis);
		if (mapper.updateItem(id, expectedVersion, title.strip(), basis, active, sortOrder, user.username(),
				AppClock.now()) == 0) {
			throw new ConflictException("该检查事项已被他人修改，请刷新后重试");
		}
		return item(id);
	}

	/** The columns of inspection_item: title 200, basis 300 characters. */
	private static void checkItemLengths(String title, String basis) {
		cn.statenforce.shared.Inputs.required("title", "检查事项名称", title, 200);
		cn.statenforce.shared.Inputs.optional("basis", "检查依据", basis, 300);
	}

	/** 执法检查人员名录库 of a bureau: inspectors with certificate number, validity and specialties. */
	public List<Inspector> inspectors(long bureauId) {
		return users.usersWithRole(bureauId, Role.INSPECTOR).stream().map(this::inspector).toList();
	}

	private Inspector inspector(UserSummary u) {
		Certificate c = users.currentCertificate(u.id());
		return new Inspector(u.username(), u.displayName(), u.bureauId(), c == null ? null : c.certNumber(),
				c == null ? null : c.validFrom(), c == null ? null : c.validTo(), c == null ? null : c.specialties(),
				u.enabled());
	}

	public List<RecusalDeclaration> recusals(CurrentUser user) {
		return mapper.selectRecusals(bureaus.readableBureauIds(user));
	}

	/**
	 * Records that an inspector of the user's bureau must not inspect a unit. Inspectors declare their
	 * own; a leader may record one for any inspector of the bureau.
	 */
	@Transactional
	public void declareRecusal(CurrentUser user, String username, long enterpriseId, String reason) {
		if (!user.username().equals(username) && !user.hasRole(Role.LEADER)) {
			throw new ForbiddenException("只能本人申报回避，或由分管领导登记");
		}
		UserSummary inspector = users.byUsernames(List.of(username)).get(username);
		if (inspector == null || !inspector.hasRole(Role.INSPECTOR) || !inspector.bureauId().equals(user.bureauId())) {
			throw new BadRequestException("username", "本局执法人员中没有该用户: " + username);
		}
		Enterprise e = enterprises.get(user, enterpriseId);
		requireText(reason, "reason", "请填写回避事由");
		if (mapper.countRecusal(username, e.id()) > 0) {
			throw new ConflictException("该执法人员已对该单位申报回避");
		}
		mapper.insertRecusal(user.bureauId(), username, e.id(), reason.strip(), user.username(), AppClock.now());
	}

	@Transactional
	public void withdrawRecusal(CurrentUser user, long id) {
		RecusalDeclaration r = mapper.selectRecusal(id);
		if (r == null) {
			throw new NotFoundException("回避声明不存在");
		}
		bureaus.ensureWritable(user, r.bureauId(), "回避声明");
		if (!user.hasRole(Role.LEADER)) {
			throw new ForbiddenException("撤销回避声明须由分管领导办理");
		}
		mapper.deleteRecusal(id);
	}

	static void requireAny(CurrentUser user, String what, Role... roles) {
		if (!user.hasAnyRole(roles)) {
			throw new ForbiddenException("当前角色无权" + what);
		}
	}

	static void requireText(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			throw new BadRequestException(field, message);
		}
	}

}
