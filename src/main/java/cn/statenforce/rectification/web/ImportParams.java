package cn.statenforce.rectification.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.statenforce.rectification.ImportColumn;
import cn.statenforce.rectification.LedgerImportService;
import cn.statenforce.rectification.ResponsibleKind;
import cn.statenforce.shared.BadRequestException;

/**
 * The import form's choices: {@code column.<index>} = an {@link ImportColumn} code (a column mapped by the user),
 * {@code decision} = {@code KIND|名称|CREATE} or {@code KIND|名称|<entry id>} (what an unknown name becomes).
 */
final class ImportParams {

	private ImportParams() {
	}

	static Map<Integer, ImportColumn> mapping(Map<String, String> params) {
		Map<Integer, ImportColumn> mapping = new HashMap<>();
		params.forEach((k, v) -> {
			if (k.startsWith("column.") && v != null && !v.isBlank()) {
				try {
					mapping.put(Integer.parseInt(k.substring(7)), ImportColumn.valueOf(v.trim()));
				}
				catch (IllegalArgumentException e) {
					throw new BadRequestException(k, "列的对应关系无效：" + v);
				}
			}
		});
		return mapping;
	}

	static List<LedgerImportService.Decision> decisions(List<String> values) {
		List<LedgerImportService.Decision> list = new ArrayList<>();
		if (values == null) {
			return list;
		}
		for (String v : values) {
			int first = v.indexOf('|');
			int last = v.lastIndexOf('|');
			if (first < 0 || last <= first) {
				throw new BadRequestException("decision", "名称的处理方式无效：" + v);
			}
			ResponsibleKind kind;
			try {
				kind = ResponsibleKind.valueOf(v.substring(0, first));
			}
			catch (IllegalArgumentException e) {
				throw new BadRequestException("decision", "名称的处理方式无效：" + v);
			}
			String name = v.substring(first + 1, last);
			String action = v.substring(last + 1);
			Long id;
			if ("CREATE".equals(action)) {
				id = null;
			}
			else {
				try {
					id = Long.parseLong(action);
				}
				catch (NumberFormatException e) {
					throw new BadRequestException("decision", "名称的处理方式无效：" + v);
				}
			}
			list.add(new LedgerImportService.Decision(kind, name, id));
		}
		return list;
	}

	/** The file carried from the preview page to the confirmation (Base64 in a hidden field). */
	static byte[] decode(String base64) {
		try {
			return java.util.Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException e) {
			throw new BadRequestException("file", "导入文件已失效，请重新选择文件");
		}
	}

}
