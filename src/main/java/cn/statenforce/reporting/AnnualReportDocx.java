package cn.statenforce.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deepoove.poi.XWPFTemplate;

/**
 * The year-end report as a Word document: the prose of {@link AnnualReportProse} merged into the template
 * {@code reporting/annual-report.docx} with poi-tl. The template is an ordinary DOCX (editable in Word or WPS) with the
 * tags {@code {{title}}}, {@code {{scope}}}, the section block {@code {{?sections}}…{{/sections}}} holding
 * {@code {{heading}}} and {@code {{text}}}, {@code {{note}}} and {@code {{generatedOn}}}.
 */
final class AnnualReportDocx {

	static final String TEMPLATE = "/reporting/annual-report.docx";

	private AnnualReportDocx() {
	}

	static byte[] write(AnnualReport report, LocalDateTime generatedAt) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("title", AnnualReportProse.title(report));
		data.put("scope", "统计范围：" + String.join("、", report.bureauNames()) + "。以下数字均由本系统按各项统计口径自动生成，与年度统计页面和 Excel 一致。");
		List<Map<String, Object>> sections = AnnualReportProse.of(report).stream()
			.map(p -> Map.<String, Object>of("heading", p.heading(), "text", p.text()))
			.toList();
		data.put("sections", sections);
		data.put("note", "注：每项数字按其界定日期计入年度（立案日期、决定日期、现场检查日期、销号日期等），口径见年度统计页面各行说明。");
		data.put("generatedOn", generatedAt.getYear() + "年" + generatedAt.getMonthValue() + "月" + generatedAt.getDayOfMonth() + "日");
		try (InputStream in = AnnualReportDocx.class.getResourceAsStream(TEMPLATE);
				XWPFTemplate template = XWPFTemplate.compile(in).render(data);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			template.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
