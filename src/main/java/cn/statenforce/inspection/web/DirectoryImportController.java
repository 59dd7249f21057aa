package cn.statenforce.inspection.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.statenforce.organization.Role;
import cn.statenforce.system.UploadRoles;
import cn.statenforce.inspection.DirectoryImport;
import cn.statenforce.inspection.DirectoryImportService;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.Xlsx;

/** 名录导入: upload, progress, error report. */
@Controller
class DirectoryImportController {

	static final String TEMPLATE_HEADER = "统一社会信用代码,单位名称,行政区划代码,行业代码,规模,当事人类型,法定代表人,地址,电话,联网直报,风险标签,上次检查日期,上次检查结果";

	private final DirectoryImportService imports;

	private final cn.statenforce.organization.UserService users;

	DirectoryImportController(DirectoryImportService imports, cn.statenforce.organization.UserService users) {
		this.imports = imports;
		this.users = users;
	}

	@GetMapping("/inspection/imports")
	String list(Model model) {
		var recent = imports.recent(CurrentUsers.get());
		model.addAttribute("imports", recent);
		model.addAttribute("names", users.byUsernames(recent.stream().map(DirectoryImport::startedBy).distinct().toList()));
		return "inspection/imports";
	}

	@PostMapping("/inspection/imports")
	@UploadRoles({ Role.INSPECTOR, Role.LEGAL_REVIEWER, Role.LEADER, Role.ADMIN })
	String upload(@RequestParam("file") MultipartFile file) {
		if (file.isEmpty()) {
			throw new BadRequestException("file", "请选择要导入的文件");
		}
		Path temp = store(file);
		DirectoryImport started = imports.start(CurrentUsers.get(), file.getOriginalFilename(), temp);
		return "redirect:/inspection/imports/" + started.id();
	}

	@GetMapping("/inspection/imports/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("job", imports.get(CurrentUsers.get(), id));
		model.addAttribute("errors", imports.errors(CurrentUsers.get(), id, page, 50));
		return "inspection/import";
	}

	@GetMapping("/inspection/imports/{id}/errors.xlsx")
	ResponseEntity<byte[]> errors(@PathVariable long id) {
		List<List<?>> rows = imports.allErrors(CurrentUsers.get(), id).stream()
			.<List<?>>map(e -> List.of(e.lineNo(), e.columnName(), e.reason()))
			.toList();
		return InspectionPlanController.xlsx("import-" + id + "-errors.xlsx",
				Xlsx.write("错误报告", List.of("行号", "列", "原因"), rows));
	}

	@GetMapping("/inspection/imports/template.csv")
	ResponseEntity<byte[]> template() {
		byte[] body = ("\uFEFF" + TEMPLATE_HEADER + "\r\n").getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directory-template.csv\"")
			.header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
			.body(body);
	}

	static Path store(MultipartFile file) {
		DirectoryImportServiceFormats.check(file.getOriginalFilename());
		Path temp = null;
		try {
			temp = Files.createTempFile("directory-import-", ".upload");
			file.transferTo(temp);
			return temp;
		}
		catch (IOException | RuntimeException e) {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// the temp directory is cleaned by the system
				}
			}
			throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
		}
	}

	/** Rejects a wrong file type before the upload is stored. */
	static final class DirectoryImportServiceFormats {

		private DirectoryImportServiceFormats() {
		}

		static void check(String name) {
			String lower = name == null ? "" : name.toLowerCase();
			if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
				throw new BadRequestException("file", "只支持 .csv 或 .xlsx 文件");
			}
		}

	}

}
