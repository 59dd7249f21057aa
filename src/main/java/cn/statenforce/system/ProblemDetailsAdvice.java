package cn.statenforce.system;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import jakarta.validation.ConstraintViolationException;

/**
 * RFC 7807 problem details for every REST controller, with a Chinese {@code title} and {@code detail};
 * validation failures list the offending fields in {@code errors}. The failing request's transaction has
 * rolled back by the time this runs, so nothing is written.
 */
// before PageErrorAdvice, which (since @RestController is a @Controller) would also match REST controllers
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** One offending input field. */
	record FieldError(String field, String message) {
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
			.toList();
		List<FieldError> global = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map(e -> new FieldError(e.getObjectName(), e.getDefaultMessage()))
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
				.map(e -> new FieldError(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(validation(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求格式错误", "请求体不是有效的 JSON，或字段类型不正确"));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		return validation(ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
			.toList());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return validation(List.of(new FieldError(ex.getName(), "取值格式不正确: " + ex.getValue())));
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "输入有误", ex.getMessage());
		if (ex.field() != null) {
			p.setProperty("errors", List.of(new FieldError(ex.field(), ex.getMessage())));
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

	private static ProblemDetail validation(List<FieldError> errors) {
		String detail = errors.isEmpty() ? "输入校验未通过"
				: "输入校验未通过：" + String.join("；", errors.stream().map(e -> e.field() + " " + e.message()).toList());
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
