package cn.statenforce.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;

/**
 * Merges a model into a DOCX template with poi-tl: {@code {{field}}} tags take the model's text (a line break in a
 * value becomes a line break in the document), and {@code {{items}}} above a table row repeats that row per item
 * ({@code [no]}, {@code [title]}, ...; the 卷内目录), as {@code {{checks}}} does for the 法定要件核验 rows.
 */
@Component
class DocumentRenderer {

	/** The loop tag of the 卷内目录 template. */
	static final String ITEMS = "items";

	/** The loop tag of the approval sheets' 法定要件核验 table ({@code [requirement]}, {@code [state]}, {@code [detail]}). */
	static final String CHECKS = "checks";

	private final Configure configure = Configure.builder().bind(ITEMS, new LoopRowTableRenderPolicy())
		.bind(CHECKS, new LoopRowTableRenderPolicy()).build();

	byte[] render(byte[] template, Map<String, Object> model) {
		try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), configure).render(model);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			t.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The merge-field names a template uses; throws {@link IllegalArgumentException} if it is not a DOCX. */
	Set<String> tags(byte[] template) {
		try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), configure)) {
			Set<String> tags = new TreeSet<>();
			for (MetaTemplate m : t.getElementTemplates()) {
				if (m instanceof ElementTemplate e) {
					tags.add(e.getTagName());
				}
			}
			return tags;
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalArgumentException("not a DOCX template", e);
		}
	}

}
