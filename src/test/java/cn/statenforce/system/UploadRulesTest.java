package cn.statenforce.system;

import static cn.statenforce.WebTestSupport.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.statenforce.StatEnforceTest;
import cn.statenforce.inspection.DirectoryImportService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.UserService;
import cn.statenforce.organization.UserSummary;
import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ForbiddenException;

/**
 * Uploads are checked for role before anything of them is read or stored, a refused upload leaves no temp file, and
 * a file name with a NUL or a line break is a 400 when the multipart request is parsed.
 */
@StatEnforceTest
class UploadRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MultipartResolver multipartResolver;

	@Autowired
	DirectoryImportService imports;

	@Autowired
	UserService users;

	/** A directory sheet that counts every read of its content. */
	static final class CountingFile extends MockMultipartFile {

		final AtomicInteger reads = new AtomicInteger();

		CountingFile(String name, byte[] content) {
			super("file", name, "text/csv", content);
		}

		@Override
		public byte[] getBytes() throws IOException {
			reads.incrementAndGet();
			return super.getBytes();
		}

		@Override
		public java.io.InputStream getInputStream() throws IOException {
			reads.incrementAndGet();
			return super.getInputStream();
		}

		@Override
		public void transferTo(File dest) throws IOException {
			reads.incrementAndGet();
			super.transferTo(dest);
		}

		@Override
		public void transferTo(Path dest) throws IOException {
			reads.incrementAndGet();
			super.transferTo(dest);
		}

	}

	private static List<Path> tempUploads() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith("directory-import-")).toList();
		}
	}

	private static final byte[] SHEET = ("统一社会信用代码,单位名称,行政区划代码,行业代码,规模,联网直报,风险标签\r\n"
			+ "91430302MA4L7Y0Q2K,雨湖区某机械制造有限公司,430302,C34,中型,是,\r\n").getBytes(StandardCharsets.UTF_8);

	/** 整改责任单位 may not import the directory: refused before the sheet is read or stored anywhere. */
	@Test
	void shouldRefuseAnUploadByRoleBeforeReadingIt() throws Exception {
		List<Path> before = tempUploads();
		CountingFile sheet = new CountingFile("名录.csv", SHEET);
		int status = mvc.perform(multipart("/api/inspection/imports").file(sheet).with(api("yuhu.owner"))).andReturn().getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(sheet.reads).hasValue(0);
		assertThat(tempUploads()).containsExactlyInAnyOrderElementsOf(before);
	}

	/** A stored upload the import then refuses (here for the role) is deleted at once. */
	@Test
	void shouldRemoveTheStoredUploadWhenTheImportIsRefused() throws IOException {
		Path upload = Files.createTempFile("directory-import-", ".upload");
		Files.write(upload, SHEET);
		UserSummary u = users.summary("yuhu.owner");
		CurrentUser owner = new CurrentUser(u.id(), u.username(), u.displayName(), u.bureauId(), u.roles());
		assertThatThrownBy(() -> imports.start(owner, "名录.csv", upload)).isInstanceOf(ForbiddenException.class);
		assertThat(upload).doesNotExist();
	}

	/** Every controller method that takes files says which roles may send them. */
	@Test
	void shouldDeclareTheRolesOfEveryUploadEndpoint() {
		List<String> uploads = mappings.getHandlerMethods().entrySet().stream()
			.filter(e -> UploadRules.takesFiles(e.getValue()))
			.map(e -> e.getKey() + " " + e.getValue().getMethod().getName() + " "
					+ (e.getValue().hasMethodAnnotation(UploadRoles.class) ? "declared" : "UNDECLARED"))
			.toList();
		assertThat(uploads).hasSizeGreaterThanOrEqualTo(20).allMatch(s -> s.endsWith("declared") && !s.endsWith("UNDECLARED"));
		assertThat(mappings.getHandlerMethods().values().stream().map(HandlerMethod::getMethod)
			.filter(m -> m.isAnnotationPresent(UploadRoles.class))).hasSize(uploads.size());
	}

	private static MockHttpServletRequest multipartRequest(String fileName) {
		MockHttpServletRequest req = new MockHttpServletRequest("POST", "/api/inspection/imports");
		req.setContentType("multipart/form-data; boundary=x");
		MockPart part = new MockPart("file", fileName, SHEET);
		req.addPart(part);
		req.addParameter("note", "第一批\r\n名录");
		return req;
	}

	/** Tomcat's parser itself refuses a NUL in a file name (InvalidFileNameException): a 400, not a failed parse. */
	@Test
	void shouldAnswerTomcatsRefusalOfAFileNameAsABadRequest() {
		MockHttpServletRequest req = new MockHttpServletRequest("POST", "/api/inspection/imports") {

			@Override
			public java.util.Collection<jakarta.servlet.http.Part> getParts() {
				throw new org.apache.tomcat.util.http.fileupload.InvalidFileNameException("名录\u0000.csv",
						"Invalid file name: 名录\\0.csv");
			}

		};
		req.setContentType("multipart/form-data; boundary=x");
		var parsed = multipartResolver.resolveMultipart(req);
		assertThatThrownBy(() -> parsed.getFile("file")).isInstanceOf(BadRequestException.class).hasMessageContaining("文件名");
	}

	@Test
	void shouldRefuseAFileNameWithANulOrALineBreak() {
		for (String name : List.of("名录\u0000.csv", "名录\r\n.csv", "名录\u001b.xlsx")) {
			var parsed = multipartResolver.resolveMultipart(multipartRequest(name));
			assertThatThrownBy(() -> parsed.getFile("file")).as(name).isInstanceOf(BadRequestException.class)
				.hasMessageContaining("文件名");
		}
		var parsed = multipartResolver.resolveMultipart(multipartRequest("2026年名录.csv"));
		assertThat(parsed.getFile("file").getOriginalFilename()).isEqualTo("2026年名录.csv");
		assertThat(parsed.getParameter("note")).isEqualTo("第一批\n名录");
	}

}
