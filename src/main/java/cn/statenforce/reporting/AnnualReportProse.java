package cn.statenforce.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.statenforce.inspection.InspectionAnnualFigures;

/**
 * The year-end report in prose, as bureaus write the enforcement part of their 法治政府建设报告 ("开展“双随机一公开”执法
 * 检查32家，“双随机一公开”部门联合抽查15家，入退库真实性专项检查6家……"). Every number is the value of a figure of
 * {@link AnnualFigureCatalogue} in the {@link AnnualReport} (or the report's year): the page, the XLSX and this text
 * never disagree. A clause whose figure is zero is left out where the seeds leave it out; a section with nothing to
 * report says so.
 */
public final class AnnualReportProse {

	/** One section: a heading (一、…) and its paragraph. */
	public record Paragraph(String heading, String text) {
	}

	private final AnnualReport r;

	private AnnualReportProse(AnnualReport report) {
		this.r = report;
	}

	/** The sections in report order: 执法检查, 处理处罚, 执法案件, 整改, 统计监督与法治宣传. */
	public static List<Paragraph> of(AnnualReport report) {
		AnnualReportProse p = new AnnualReportProse(report);
		return List.of(new Paragraph("一、统计执法检查", p.inspections()), new Paragraph("二、问题处理和行政处罚", p.penalties()),
				new Paragraph("三、执法案件办理", p.cases()), new Paragraph("四、问题整改", p.rectification()),
				new Paragraph("五、统计监督和法治宣传", p.supervision()));
	}

	/** The report's title for the document: 雨湖区统计局2026年度统计执法工作情况. */
	public static String title(AnnualReport report) {
		return report.title().replace("年度统计", "年度统计执法工作情况");
	}

	String inspections() {
		long count = n("inspection.count");
		if (count == 0) {
			return r.year() + "年未开展统计执法检查。";
		}
		List<String> byType = new ArrayList<>();
		clause(byType, "开展“双随机一公开”执法检查", "inspection.random", "家");
		clause(byType, "“双随机一公开”部门联合抽查", "inspection.joint", "家");
		topics(byType, "inspection.special.topic.", "专项检查", "inspection.special");
		topics(byType, "inspection.key.topic.", "重点检查", "inspection.key");
		StringBuilder b = new StringBuilder();
		b.append(r.year()).append("年共开展统计执法检查").append(count).append("次，检查单位").append(n("inspection.units")).append("家");
		if (!byType.isEmpty()) {
			b.append("。其中，").append(String.join("，", byType));
		}
		b.append("。");
		long problems = n("inspection.unitsWithProblems");
		b.append(problems == 0 ? "检查中未发现统计违法问题。" : "检查发现有问题的单位" + problems + "家");
		if (problems > 0) {
			List<String> outcomes = new ArrayList<>();
			clause(outcomes, "当场责令改正", "inspection.ordersToCorrect", "次");
			clause(outcomes, "适用简易程序当场处罚", "inspection.summary", "次");
			clause(outcomes, "移交立案查处", "inspection.handedOver", "次");
			b.append(outcomes.isEmpty() ? "。" : "，其中" + String.join("，", outcomes) + "。");
		}
		return b.toString();
	}

	String penalties() {
		long decisions = n("penalty.decisions");
		long orders = n("order.total");
		if (decisions == 0 && orders == 0) {
			return r.year() + "年未作出行政处罚决定，未发出书面责令改正。";
		}
		List<String> parts = new ArrayList<>();
		long warnings = n("penalty.warning");
		if (warnings > 0) {
			long summary = n("penalty.warningSummary");
			parts.add("给予行政警告" + warnings + "件" + (summary == 0 ? ""
					: summary == warnings ? "（适用简易程序）" : "（其中适用简易程序" + summary + "件）"));
		}
		long warningAndFine = n("penalty.warningAndFine");
		if (warningAndFine > 0) {
			parts.add("给予警告并处罚款" + warningAndFine + "件");
		}
		long fined = n("penalty.fined");
		clause(parts, "给予通报批评", "penalty.circulate", "件");
		if (orders > 0) {
			parts.add("给予书面责令改正" + orders + "家次");
		}
		StringBuilder b = new StringBuilder("规范执行统计违法行为行政处罚的裁量基准，");
		b.append(String.join("，", parts));
		b.append("。");
		if (decisions > 0) {
			b.append("全年作出行政处罚决定").append(decisions).append("件");
			if (fined > 0) {
				b.append("，其中罚款").append(fined).append("件，罚款金额合计").append(yuan("penalty.finesTotal")).append("元");
			}
			b.append("。");
		}
		if (orders > 0 && n("order.inspections") > 0 && n("order.cases") > 0) {
			b.append("书面责令改正中，执法检查中责令改正").append(n("order.inspections")).append("家次，案件决定责令改正")
				.append(n("order.cases")).append("家次。");
		}
		return b.toString();
	}

	String cases() {
		if (n("case.leads") + n("case.filed") + n("case.closed") == 0) {
			return r.year() + "年未登记案件线索，未立案查处统计违法案件。";
		}
		StringBuilder b = new StringBuilder();
		b.append(r.year()).append("年登记案件线索").append(n("case.leads")).append("件，立案查处").append(n("case.filed"))
			.append("件，结案").append(n("case.closed")).append("件");
		List<String> more = new ArrayList<>();
		clause(more, "举行听证", "case.hearings", "件");
		clause(more, "开展法制审核", "case.legalReviews", "次");
		clause(more, "决定不予行政处罚", "case.noPenalty", "件");
		clause(more, "认定违法事实不成立", "case.notEstablished", "件");
		clause(more, "移送司法机关", "case.transfer", "件");
		if (!more.isEmpty()) {
			b.append("；").append(String.join("，", more));
		}
		b.append("。");
		if (n("case.overdueOpen") > 0) {
			b.append("截至目前，超过办案期限尚未作出决定的案件").append(n("case.overdueOpen")).append("件。");
		}
		return b.toString();
	}

	String rectification() {
		StringBuilder b = new StringBuilder();
		if (n("rect.plans") > 0) {
			b.append(r.year()).append("年收到巡察、审计、督察等反馈").append(n("rect.plans")).append("次，反馈具体问题")
				.append(n("rect.problems")).append("个，研究制定整改措施").append(n("rect.measures")).append("条，明确责任单位、完成时限，严格对账销号。");
		}
		List<String> done = new ArrayList<>();
		clause(done, "完成整改问题", "rect.problemsClosed", "个");
		clause(done, "销号整改措施", "rect.measuresSignedOff", "条");
		clause(done, "修订完善长效机制", "rect.mechanisms", "项");
		if (!done.isEmpty()) {
			b.append("全年").append(String.join("，", done)).append("。");
		}
		if (n("rect.overdueMeasures") > 0) {
			b.append("截至目前，逾期未销号的整改措施").append(n("rect.overdueMeasures")).append("条。");
		}
		if (n("rect.corrections") > 0 || n("rect.corrected") + n("rect.notCorrected") > 0) {
			b.append("责令改正交由整改跟踪").append(n("rect.corrections")).append("家次，复查已改正").append(n("rect.corrected"))
				.append("家次、未改正").append(n("rect.notCorrected")).append("家次。");
		}
		return b.isEmpty() ? r.year() + "年未收到需整改的反馈问题。" : b.toString();
	}

	String supervision() {
		StringBuilder b = new StringBuilder();
		List<String> training = new ArrayList<>();
		if (n("supervision.trainings") > 0) {
			training.add("开展执法培训" + n("supervision.trainings") + "次，培训" + n("supervision.trainees") + "人次");
		}
		if (n("supervision.publicity") > 0) {
			training.add("开展统计普法宣传活动" + n("supervision.publicity") + "场，覆盖" + n("supervision.reached") + "人次");
		}
		if (!training.isEmpty()) {
			b.append(String.join("；", training)).append("。");
		}
		long interference = n("supervision.interference");
		b.append(interference == 0 ? "截至" + r.year() + "年底，领导干部违规干预统计工作情况记录为零。"
				: "记录领导干部干预统计工作情况" + interference + "条。");
		if (n("supervision.transfers") > 0) {
			b.append("向有关机关移送统计违纪违法问题线索").append(n("supervision.transfers")).append("件");
			List<String> to = new ArrayList<>();
			clause(to, "移送纪检监察机关", "supervision.transfersDiscipline", "件");
			clause(to, "移送司法机关", "supervision.transfersJudicial", "件");
			b.append(to.isEmpty() ? "" : "，其中" + String.join("，", to)).append("。");
		}
		if (n("supervision.complaints") > 0) {
			b.append("收到统计违法举报").append(n("supervision.complaints")).append("件，受理").append(n("supervision.complaintsAccepted"))
				.append("件，办结").append(n("supervision.complaintsClosed")).append("件。");
		}
		if (n("supervision.creditIdentified") > 0) {
			b.append("认定统计严重失信企业").append(n("supervision.creditIdentified")).append("家。");
		}
		b.append("截至").append(r.year()).append("年12月31日，持有有效统计执法证的执法人员")
			.append(n("supervision.certifiedInspectors")).append("人。");
		return b.toString();
	}

	/** Adds "{text}{n}{unit}" when the figure is not zero. */
	private void clause(List<String> into, String text, String key, String unit) {
		long v = n(key);
		if (v > 0) {
			into.add(text + v + unit);
		}
	}

	/** The topic rows of a plan type, then what of the type no topic row covers. */
	private void topics(List<String> into, String prefix, String what, String typeKey) {
		long covered = 0;
		for (AnnualReport.Section s : r.sections()) {
			for (AnnualReport.Figure f : s.figures()) {
				if (f.key().startsWith(prefix) && f.value().longValue() > 0) {
					String code = f.key().substring(prefix.length());
					String label = InspectionAnnualFigures.NO_TOPIC.equals(code) ? "其他" : topicLabel(f);
					into.add(label + what + f.value().longValue() + "家");
					covered += f.value().longValue();
				}
			}
		}
		long rest = n(typeKey) - covered;
		if (covered == 0 && rest > 0) {
			into.add(what + rest + "家");
		}
	}

	/** The topic's name from its row label 入退库真实性专项检查（家）. */
	private static String topicLabel(AnnualReport.Figure f) {
		String label = f.label();
		int end = label.indexOf("专项检查（");
		if (end < 0) {
			end = label.indexOf("重点检查（");
		}
		return end < 0 ? label : label.substring(0, end);
	}

	private long n(String key) {
		return value(key, Number::longValue);
	}

	private String yuan(String key) {
		BigDecimal v = value(key, x -> x instanceof BigDecimal d ? d : new BigDecimal(x.toString()));
		return v.stripTrailingZeros().toPlainString();
	}

	private <T> T value(String key, Function<Number, T> as) {
		AnnualReport.Figure f = r.figure(key);
		if (f == null) {
			throw new IllegalStateException("figure not in the catalogue: " + key);
		}
		return as.apply(f.value());
	}

}
