package cn.statenforce.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.BusinessDates;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.FieldLabels;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolationException;

/**
 * RFC 7807 problem details for every REST controller, with a Chinese {@code title} and {@code detail};
 * validation failures list the offending fields in {@code errors} (the request's field name, its Chinese
 * {@code label} from {@link FieldLabels}, and the message). A field is named in {@code detail} by its label only — an
 * unknown enum value, an unreadable date or number, a missing parameter, a method-parameter constraint
 * ({@code todo.size}) — and no Spring or Jackson text reaches it. The failing request's transaction has rolled back
 * by the time this runs, so nothing is written.
 */
// before PageErrorAdvice, which (since @RestController is a @Controller) would also match REST controllers
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** Jackson's strict duplicate detection: {@code Duplicate field 'cause'}. */
	private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']{1,100})'");

	/** One offending input field: its name in the request, its Chinese label, what is wrong. */
	record FieldError(String field, String label, String message) {

		static FieldError of(String field, String message) {
			return new FieldError(field, FieldLabels.label(field), message);
		}

		/** How the detail names it: the message alone when it names the field, else "label：message". */
		String text() {
			return FieldLabels.of(field).isPresent() ? FieldLabels.inMessage(field, message) : message;
		}

	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> FieldError.of(e.getField(), e.isBindingFailure() ? unreadable(e.getRejectedValue()) : e.getDefaultMessage()))
			.toList();
		List<FieldError> global = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map(e -> FieldError.of(e.getObjectName(), e.getDefaultMessage()))
			.toList();
		var all = new ArrayList<>(errors);
		all.addAll(global);
		return ResponseEntity.badRequest().body(validation(all));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> FieldError.of(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(validation(errors));
	}

	/**
	 * A body that is not JSON, or a field Jackson cannot read: an unknown enum value, a date or number in the wrong
	 * form, a list where a value belongs. The field is named by its path, the value shown; Jackson's text is not.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
			String field = path(m);
			Object value = m instanceof InvalidFormatException f ? f.getValue() : null;
			String message = m instanceof InputRulesConfig.RejectedValueException ? m.getOriginalMessage()
					: m instanceof InvalidNullException ? "列表中不能有空项" : value == null ? "类型不正确" : unreadable(value);
			return ResponseEntity.badRequest().body(validation(List.of(FieldError.of(field, message))));
		}
		if (ex.getCause() instanceof JsonParseException j && j.getOriginalMessage() != null) {
			Matcher duplicate = DUPLICATE_FIELD.matcher(j.getOriginalMessage());
			if (duplicate.find()) {
				return ResponseEntity.badRequest()
					.body(validation(List.of(FieldError.of(duplicate.group(1), "在请求中出现了两次，只能填写一次"))));
			}
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求格式错误", "请求体不是有效的 JSON，或字段类型不正确"));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validation(List.of(FieldError.of(ex.getParameterName(), "缺少此参数"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validation(List.of(FieldError.of(ex.getRequestPartName(), "请上传此文件"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validation(List.of(FieldError.of(ex.getVariableName(), "缺少此参数"))));
	}

	/** Whatever other Spring MVC error (405, 406, 415, 404 of an unknown path …): Chinese title and detail by status. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail p && !isChinese(p.getTitle())) {
			p.setTitle(titleFor(statusCode));
			p.setDetail(detailFor(ex, statusCode));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		return validation(ex.getConstraintViolations()
			.stream()
			.map(v -> FieldError.of(v.getPropertyPath().toString(), v.getMessage()))
			.toList());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = InputRulesConfig.isDateOutOfRange(ex) ? BusinessDates.outOfRange() + "（" + ex.getValue() + "）"
				: unreadable(ex.getValue());
		return validation(List.of(FieldError.of(ex.getName(), message)));
	}

	/**
	 * A body Jackson cannot map although it is JSON (e.g. a value of a type no request field can take): the sender's
	 * mistake, not the server's.
	 */
	@ExceptionHandler(HttpMessageConversionException.class)
	ProblemDetail unconvertible(HttpMessageConversionException ex) {
		LOG.info("request body not mappable: {}", ex.getMessage());
		return problem(HttpStatus.BAD_REQUEST, "请求格式错误", "请求体不是有效的 JSON，或字段类型不正确");
	}

	/**
	 * A unique key taken by a concurrent request (two draws of one plan at once, two registrations of one number):
	 * the other request won; this one changed nothing.
	 */
	/** A multipart body that cannot be parsed (cut off, no boundary): 400; one too large stays 413. */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail unreadableUpload(org.springframework.web.multipart.MultipartException ex) {
		LOG.info("multipart request not readable: {}", ex.getMessage());
		return problem(HttpStatus.BAD_REQUEST, "请求格式错误", "上传的内容无法读取，请重新选择文件上传");
	}

	@ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
	ProblemDetail lockTimeout(org.springframework.dao.PessimisticLockingFailureException ex) {
		LOG.info("row lock not obtained: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "状态冲突", "该记录正被其他用户办理，请稍后刷新重试");
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicateKey(DuplicateKeyException ex) {
		LOG.info("unique key taken concurrently: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "状态冲突", "该记录刚被其他用户同时办理，请刷新后查看结果");
	}

	/** A rule broken by the input: the message, preceded by the field's label unless it names the field already. */
	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "输入有误", FieldLabels.inMessage(ex.field(), ex.getMessage()));
		if (ex.field() != null) {
			p.setProperty("errors", List.of(FieldError.of(ex.field(), ex.getMessage())));
		}
		return p;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "记录不存在", ex.getMessage());
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		String detail = ex instanceof ForbiddenException ? ex.getMessage() : "当前用户的角色无权执行此操作";
		return problem(HttpStatus.FORBIDDEN, "无权操作", detail);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "状态冲突", ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingException.class)
	ProblemDetail concurrentChange(OptimisticLockingException ex) {
		LOG.info("optimistic locking conflict: {}", ex.getMessage());
		return problem(HttpStatus.CONFLICT, "状态冲突", "该记录刚被其他用户修改，请刷新后重试");
	}

	@ExceptionHandler(NullValueException.class)
	ProblemDetail engineNotFound(NullValueException ex) {
		return problem(HttpStatus.NOT_FOUND, "记录不存在", "任务或流程不存在，可能已被他人办理");
	}

	/**
	 * Anything else is a bug: logged, and answered in Chinese without the exception's text; except the database being
	 * unreachable, which is 503 with {@code Retry-After} (nothing was written, see {@link DatabaseUnavailable}).
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseUnavailable.causedBy(ex)) {
			LOG.warn("database unavailable: {}", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL));
		}
		LOG.error("unexpected error", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "系统错误", "系统处理请求时出错，请稍后重试或联系管理员"));
	}

	private static String unreadable(Object value) {
		return "取值无效：" + value;
	}

	/** The JSON path of the field Jackson could not read, e.g. {@code violations[0].violationType}. */
	private static String path(JsonMappingException m) {
		StringBuilder b = new StringBuilder();
		for (JsonMappingException.Reference r : m.getPath()) {
			if (r.getFieldName() != null) {
				b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
			}
			else if (r.getIndex() >= 0) {
				b.append('[').append(r.getIndex()).append(']');
			}
		}
		return b.toString();
	}

	private static boolean isChinese(String s) {
		return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static String titleFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "输入有误";
			case 401 -> "未认证";
			case 403 -> "无权操作";
			case 404 -> "记录不存在";
			case 405 -> "请求方法不支持";
			case 406, 415 -> "请求格式错误";
			case 409 -> "状态冲突";
			case 413 -> "请求过大";
			default -> status.is5xxServerError() ? "系统错误" : "请求无法处理";
		};
	}

	private static String detailFor(Exception ex, HttpStatusCode status) {
		if (ex instanceof HttpRequestMethodNotSupportedException m) {
			return "该地址不支持 " + m.getMethod() + " 请求";
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return "不支持该请求内容类型，请以 JSON 提交";
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return "无法以所要求的格式返回结果";
		}
		if (ex instanceof NoResourceFoundException) {
			return "请求的地址不存在";
		}
		return switch (status.value()) {
			case 413 -> "上传的文件过大";
			case 400 -> "请求无法读取，请检查输入";
			default -> status.is5xxServerError() ? "系统处理请求时出错，请稍后重试或联系管理员" : "请求无法处理";
		};
	}

	private static ProblemDetail validation(List<FieldError> errors) {
		String detail = errors.isEmpty() ? "输入校验未通过"
				: "输入校验未通过：" + String.join("；", errors.stream().map(FieldError::text).toList());
		ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "输入有误", detail);
		p.setProperty("errors", errors);
		return p;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(title);
		return p;
	}

}
