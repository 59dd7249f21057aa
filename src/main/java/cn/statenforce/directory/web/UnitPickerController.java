package cn.statenforce.directory.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.directory.IndustrySections;
import cn.statenforce.organization.CurrentUsers;

/**
 * The unit picker of the pages (search as you type, {@code static/js/app.js}): units of the 名录库 the signed-in user
 * may read, by name or 统一社会信用代码; the value is the unit's record id, which the page never shows. Also the
 * industry picker.
 */
@RestController
class UnitPickerController {

	private final EnterpriseService enterprises;

	UnitPickerController(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	record Option(String value, String label, String hint) {
	}

	/**
	 * Units of the directory by name or credit code; the option's value is the unit's id, or with
	 * {@code value=creditCode} its 统一社会信用代码 (for forms that name units by code, e.g. 重点检查对象).
	 */
	@GetMapping("/pickers/units")
	List<Option> units(@RequestParam(required = false) String q, @RequestParam(required = false) String value) {
		if (value != null && !value.equals("creditCode") && !value.equals("id")) {
			throw new cn.statenforce.shared.BadRequestException("value", "选项取值只能是单位编号或统一社会信用代码");
		}
		boolean byCode = "creditCode".equals(value);
		return enterprises.search(CurrentUsers.get(), q, 1, 20).items().stream()
			.map(e -> new Option(byCode ? e.creditCode() : String.valueOf(e.id()), e.name(), e.creditCode()))
			.toList();
	}

	/** Sections of 国民经济行业分类 (GB/T 4754—2017) by letter or name; the value is the section letter (a code prefix). */
	@GetMapping("/pickers/industries")
	List<Option> industries(@RequestParam(required = false) String q) {
		return IndustrySections.matching(q).stream().map(s -> new Option(s.code(), s.name(), "门类 " + s.code())).toList();
	}

}
