package cn.statenforce.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statenforce.directory.EnterpriseCommand;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.directory.PartyType;
import cn.statenforce.organization.Bureau;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.Role;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.AppClock;
import cn.statenforce.shared.UnifiedSocialCreditCode;

/**
 * Loads the demo organisation once, on an empty database, when {@code statenforce.demo-data.enabled}:
 * 湘潭市统计局 (430300) with 雨湖区 (430302) and 岳塘区 (430304) below it; in each bureau a user for every
 * role (inspectors with 统计执法证, one expired); the installation's system administrator {@value #SYSADMIN}
 * (engine console only) in the city bureau; about 200 directory units with valid credit codes. The
 * data is generated from a fixed seed, so every fresh start has the same accounts and units.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

	/** The demo system administrator (engine console and engine REST; no bureau work). */
	static final String SYSADMIN = "sysadmin";

	/** Demo bureaus: region code, name, 机关代字, login prefix. */
	record DemoBureau(String regionCode, String name, String docPrefix, String prefix, String district) {
	}

	static final List<DemoBureau> BUREAUS = List.of(
			new DemoBureau("430300", "湘潭市统计局", "潭统", "city", "湘潭市"),
			new DemoBureau("430302", "雨湖区统计局", "雨统", "yuhu", "湘潭市雨湖区"),
			new DemoBureau("430304", "岳塘区统计局", "岳统", "yuetang", "湘潭市岳塘区"));

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "勇", "军", "杰", "娟", "涛", "明", "超", "霞", "平", "刚" };

	private static final String[] TRADE_NAMES = { "恒达", "华盛", "宏远", "鑫源", "瑞丰", "金桥", "永信", "天成", "湘江", "昭山", "盘龙", "九华",
			"莲城", "韶峰", "嘉禾", "银河", "长城", "新科", "晨光", "泰和", "福瑞", "汇通", "正大", "润达", "博远" };

	private static final String[][] INDUSTRIES = { { "C34", "机械制造有限公司" }, { "C39", "电子科技有限公司" }, { "C26", "化工有限公司" },
			{ "E47", "建筑工程有限公司" }, { "F51", "商贸有限公司" }, { "F52", "超市有限公司" }, { "H61", "酒店管理有限公司" },
			{ "H62", "餐饮管理有限公司" }, { "I65", "信息技术有限公司" }, { "K70", "房地产开发有限公司" }, { "L72", "物业服务有限公司" },
			{ "C13", "食品有限公司" }, { "C30", "建材有限公司" }, { "G54", "物流有限公司" } };

	private static final String[] SIZES = { "LARGE", "MEDIUM", "SMALL", "SMALL", "MICRO", "MICRO" };

	private final DemoDataProperties properties;

	private final BureauService bureaus;

	private final UserService users;

	private final EnterpriseService enterprises;

	private final TransactionTemplate tx;

	DemoDataLoader(DemoDataProperties properties, BureauService bureaus, UserService users,
			EnterpriseService enterprises, TransactionTemplate tx) {
		this.properties = properties;
		this.bureaus = bureaus;
		this.users = users;
		this.enterprises = enterprises;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabled() || !bureaus.bureaus().isEmpty()) {
			return;
		}
		tx.executeWithoutResult(status -> load());
		LOG.info("demo data loaded: {} bureaus, demo password '{}'", BUREAUS.size(), properties.password());
	}

	private void load() {
		Random random = new Random(20240913L);
		Long parentId = null;
		for (DemoBureau d : BUREAUS) {
			Bureau b = bureaus.createBureau(d.regionCode(), d.name(), d.docPrefix(),
					d.regionCode().equals("430300") ? null : parentId);
			if (parentId == null) {
				parentId = b.id();
			}
			loadUsers(b, d, random);
			if (!d.regionCode().equals("430300")) {
				loadEnterprises(b, d, random);
			}
		}
		// after the bureaus, so that the seeded names and units stay what they were
		users.createSystemAdministrator(SYSADMIN, "系统管理员", properties.password(), parentId);
	}

	private void loadUsers(Bureau b, DemoBureau d, Random random) {
		int inspectors = d.prefix().equals("city") ? 2 : 3;
		for (int i = 1; i <= inspectors; i++) {
			UserSummary u = user(d.prefix() + ".inspector" + i, name(random), b, EnumSet.of(Role.INSPECTOR));
			boolean expired = i == 3;
			LocalDate today = AppClock.today();
			LocalDate from = expired ? today.minusYears(5).minusMonths(2) : today.minusYears(1);
			LocalDate to = expired ? today.minusMonths(2) : today.plusYears(4);
			users.addCertificate(u.id(), String.format("%s%02d%04d", d.regionCode(), i, 2000 + random.nextInt(8000)),
					from, to, "湖南省统计局", i == 1 ? "工业,能源" : "贸易,服务业");
		}
		user(d.prefix() + ".legal", name(random), b, EnumSet.of(Role.LEGAL_REVIEWER));
		user(d.prefix() + ".leader", name(random), b, EnumSet.of(Role.LEADER));
		user(d.prefix() + ".director", name(random), b, EnumSet.of(Role.DIRECTOR));
		user(d.prefix() + ".owner", d.name().replace("统计局", "") + "统计局办公室", b, EnumSet.of(Role.RECTIFICATION_OWNER));
		user(d.prefix() + ".owner2", d.name().replace("统计局", "") + "统计局综合统计股", b, EnumSet.of(Role.RECTIFICATION_OWNER));
		user(d.prefix() + ".admin", name(random), b, EnumSet.of(Role.ADMIN));
	}

	private UserSummary user(String username, String displayName, Bureau b, Set<Role> roles) {
		return users.createUser(username, displayName, properties.password(), b.id(), roles, null, null);
	}

	private void loadEnterprises(Bureau b, DemoBureau d, Random random) {
		CurrentUser owner = new CurrentUser(0L, "system", "系统", b.id(), Set.of(Role.ADMIN));
		Set<String> names = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
			String trade = TRADE_NAMES[random.nextInt(TRADE_NAMES.length)] + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)].charAt(0);
			boolean individual = i % 10 == 9;
			String name = individual ? d.district() + trade + "经营部" : d.district() + trade + industry[1];
			if (i == 7) {
				// a rare 4-byte character (U+20BB7) as it occurs in real registrations
				name = d.district() + "\uD842\uDFB7" + trade + industry[1];
			}
			if (!names.add(name)) {
				name = name.replace(d.district(), d.district() + TRADE_NAMES[i % TRADE_NAMES.length]);
			}
			String orgCode8 = String.format("%08d", random.nextInt(100_000_000));
			var code = UnifiedSocialCreditCode.of(individual ? "92" : "91", d.regionCode(), orgCode8);
			String tags = switch (random.nextInt(12)) {
				case 0 -> "COMPLAINT";
				case 1 -> "PRIOR_VIOLATION";
				case 2 -> "DATA_ANOMALY";
				default -> null;
			};
			enterprises.create(owner, new EnterpriseCommand(code.value(), name, d.regionCode(),
					industry[0], SIZES[random.nextInt(SIZES.length)],
					individual ? PartyType.INDIVIDUAL_BUSINESS : PartyType.ORGANIZATION, name(random),
					d.district() + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)] + "路" + (1 + random.nextInt(300)) + "号",
					"0731-5" + String.format("%07d", random.nextInt(10_000_000)), random.nextInt(3) > 0, tags));
		}
	}

	private static String name(Random random) {
		String n = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		return random.nextBoolean() ? n + GIVEN[random.nextInt(GIVEN.length)] : n;
	}

}
