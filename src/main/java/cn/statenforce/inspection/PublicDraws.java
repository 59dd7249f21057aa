package cn.statenforce.inspection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.shared.NotFoundException;

/**
 * 一公开, verifiable by anyone: for the current draw of a published plan, the inputs that decide which units were
 * drawn — the seed, the parameters and the population of units that could be drawn (统一社会信用代码, name, the
 * first-stage group and the selection weight; nothing about inspectors, recusals or findings) — and a re-run of the
 * choice of units from exactly those inputs ({@link RandomDraw#replayUnits}). The population's SHA-256 is over its
 * canonical lines {@code 统一社会信用代码,分组,权重} (names are for reading and may change in the directory); the
 * re-run compares the drawn credit codes with the published list. The inspectors' assignment (step 4 of the draw)
 * stays internal: the bureau's own 复核 ({@link InspectionPlanService#verify}) checks it.
 */
@Service
public class PublicDraws {

	static final List<String> HEADER = List.of("统一社会信用代码", "单位名称", "分组（统计局区划代码）", "抽取权重");

	private final InspectionPlanService plans;

	private final InspectionPlanMapper mapper;

	private final EnterpriseService enterprises;

	PublicDraws(InspectionPlanService plans, InspectionPlanMapper mapper, EnterpriseService enterprises) {
		this.plans = plans;
		this.mapper = mapper;
		this.enterprises = enterprises;
	}

	/** One unit that could be drawn, as published. */
	public record PublishedUnit(String creditCode, String name, String groupCode, int weight) {
	}

	/** What the public page shows of a draw. */
	public record PublishedDraw(Draw draw, String parametersInWords, int populationCount, String populationSha256,
			List<DrawUnitView> drawn) {
	}

	/**
	 * The outcome of a public re-run.
	 *
	 * @param populationSha256 of the population the re-run used
	 * @param snapshotIntact the stored directory snapshot still has the SHA-256 published at the draw (only for the
	 *        server's own re-run; true for a re-run from a file)
	 */
	public record Verification(boolean identical, boolean snapshotIntact, String populationSha256, int drawnCount,
			int rerunCount, String message) {
	}

	/** The published draw of a published plan (404 for a plan not published or without a draw). */
	public PublishedDraw published(long planId) {
		Draw d = currentDraw(planId);
		// the page shows only the count and the hash (names are not hashed): no directory look-up per page view
		List<PublishedUnit> population = population(d, DrawSnapshot.fromGzip(mapper.selectSnapshot(d.id()).content()), false);
		return new PublishedDraw(d, inWords(DrawParameters.parse(d.parameters())), population.size(), sha256(population),
				plans.publicDrawUnits(d.id()));
	}

	/** The population as a CSV file (UTF-8 with a byte-order mark so that spreadsheet programs read the names). */
	public byte[] populationCsv(long planId) {
		List<PublishedUnit> population = population(currentDraw(planId));
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			csv.printRecord(HEADER);
			for (PublishedUnit u : population) {
				csv.printRecord(u.creditCode(), u.name(), u.groupCode(), u.weight());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * "验证抽取结果" on the public page: the server derives the population from the snapshot it stored at the draw
	 * (whose SHA-256 was published then), re-runs the choice of units and compares it with the published list.
	 */
	public Verification verify(long planId) {
		Draw d = currentDraw(planId);
		byte[] gzip = mapper.selectSnapshot(d.id()).content();
		boolean intact = DrawSnapshot.sha256OfGzip(gzip).equals(d.snapshotHash());
		Verification v = rerun(d, population(d, DrawSnapshot.fromGzip(gzip), false));
		if (!intact) {
			return new Verification(false, false, v.populationSha256(), v.drawnCount(), v.rerunCount(),
					"验证不一致：保存的名录快照与抽取时公布的哈希值不符");
		}
		return v;
	}

	/**
	 * A re-run from a population file as the public page offers it ({@link #populationCsv}), e.g. one a citizen
	 * downloaded: the same units come out only if the file is the published population.
	 */
	public Verification verify(long planId, String populationCsv) {
		return rerun(currentDraw(planId), parse(populationCsv));
	}

	private Verification rerun(Draw d, List<PublishedUnit> population) {
		DrawParameters p = DrawParameters.parse(d.parameters());
		List<SnapshotUnit> units = new ArrayList<>(population.size());
		for (PublishedUnit u : population) {
			units.add(new SnapshotUnit(u.creditCode(), 0, u.groupCode(), u.weight() > 1 ? "WEIGHTED" : "", null));
		}
		List<String> rerun = RandomDraw.replayUnits(p, units).units().stream().map(SnapshotUnit::creditCode).sorted()
			.toList();
		List<String> drawn = plans.publicDrawUnits(d.id()).stream().map(DrawUnitView::creditCode).sorted().toList();
		String hash = sha256(population);
		boolean identical = rerun.equals(drawn);
		return new Verification(identical, true, hash, drawn.size(), rerun.size(), identical
				? "验证一致：以公布的随机种子、抽取参数和可抽单位名单重新抽取，抽中的 " + drawn.size() + " 家单位与公布结果完全相同"
				: "验证不一致：重新抽取抽中 " + rerun.size() + " 家，与公布的 " + drawn.size() + " 家不同（可抽单位名单与公布的不符？）");
	}

	private Draw currentDraw(long planId) {
		InspectionPlan p = plans.publishedPlan(planId);
		Draw d = plans.currentDraw(p.id());
		if (d == null) {
			throw new NotFoundException("该计划尚未抽取");
		}
		return d;
	}

	private List<PublishedUnit> population(Draw d) {
		return population(d, DrawSnapshot.fromGzip(mapper.selectSnapshot(d.id()).content()), true);
	}

	/** The units that could be drawn; their names (a directory look-up) only when {@code withNames}. */
	private List<PublishedUnit> population(Draw d, DrawSnapshot snapshot, boolean withNames) {
		DrawParameters p = DrawParameters.parse(d.parameters());
		List<SnapshotUnit> eligible = RandomDraw.eligibleUnits(p, snapshot);
		Map<Long, String> names = !withNames ? Map.of()
				: enterprises.namesByIds(eligible.stream().map(SnapshotUnit::enterpriseId).toList());
		List<PublishedUnit> out = new ArrayList<>(eligible.size());
		for (SnapshotUnit u : eligible) {
			out.add(new PublishedUnit(u.creditCode(), names.getOrDefault(u.enterpriseId(), ""), u.groupCode(),
					u.hasRisk() ? p.riskWeight() : 1));
		}
		return out;
	}

	/** The population of a published CSV (header first; 400-free: a malformed line makes the re-run differ). */
	static List<PublishedUnit> parse(String csvText) {
		String text = csvText == null ? "" : csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
		List<PublishedUnit> out = new ArrayList<>();
		try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text))) {
			for (CSVRecord r : parser) {
				if (r.size() < 4) {
					continue;
				}
				int weight;
				try {
					weight = Integer.parseInt(r.get(3).strip());
				}
				catch (NumberFormatException e) {
					weight = 1;
				}
				out.add(new PublishedUnit(r.get(0).strip(), r.get(1), r.get(2).strip(), weight));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException e) {
			return out;
		}
		return out;
	}

	/** SHA-256 (hex) over the canonical lines {@code creditCode,groupCode,weight\n} in published order. */
	static String sha256(List<PublishedUnit> population) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			for (PublishedUnit u : population) {
				md.update((u.creditCode() + "," + u.groupCode() + "," + u.weight() + "\n").getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(md.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The parameters as a reader understands them. */
	static String inWords(DrawParameters p) {
		StringBuilder s = new StringBuilder();
		if (p.targeted()) {
			s.append("重点检查：计划列明的 ").append(p.sampleSize()).append(" 家单位全部检查，只随机分配执法人员");
		}
		else {
			if (p.stageOneCount() != null) {
				s.append("分两阶段抽取：先从可抽单位所属的下级统计局中随机抽取 ").append(p.stageOneCount())
					.append(" 个，再按各局可抽单位数的比例分配抽取数；");
			}
			s.append(p.sampleSize() != null ? "抽取 " + p.sampleSize() + " 家单位"
					: "抽取可抽单位的 " + p.sampleRatio().stripTrailingZeros().toPlainString() + "%（不足一家的部分按一家计）");
			s.append(p.riskWeight() > 1 ? "；有风险标记的单位被抽中的权重为 " + p.riskWeight() + "（其余单位为 1）" : "；各单位被抽中的机会均等");
		}
		s.append("；计划检查期间 ").append(p.plannedDate());
		if (p.windowEnd() != null && !p.windowEnd().equals(p.plannedDate())) {
			s.append(" 至 ").append(p.windowEnd());
		}
		s.append("，只有统计执法证在整个期间有效的执法人员参与分配");
		return s.toString();
	}

}
