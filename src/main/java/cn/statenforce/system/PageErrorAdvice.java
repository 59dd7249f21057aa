package cn.statenforce.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.FieldLabels;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;
import jakarta.validation.ConstraintViolationException;

/**
 * The same domain errors on server-rendered pages: a Chinese error page with the right status; a query or form value
 * Spring cannot bind (an unknown option, a page number that is not a number) names the field by its Chinese label.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "记录不存在", ex.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex) {
		return page(HttpStatus.FORBIDDEN, "无权操作", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, "状态冲突", ex.getMessage());
	}

	/** A multipart body that cannot be parsed (cut off, no boundary). */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ModelAndView unreadableUpload(org.springframework.web.multipart.MultipartException ex) {
		return page(HttpStatus.BAD_REQUEST, "输入有误", "上传的内容无法读取，请重新选择文件上传");
	}

	/** A unique key taken by a concurrent request: the other one won, this one changed nothing. */
	@ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
	ModelAndView duplicateKey(org.springframework.dao.DuplicateKeyException ex) {
		return page(HttpStatus.CONFLICT, "状态冲突", "该记录刚被其他用户同时办理，请刷新后查看结果");
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		return page(HttpStatus.BAD_REQUEST, "输入有误", FieldLabels.inMessage(ex.field(), ex.getMessage()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(ex.getName(), "取值无效：" + ex.getValue());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException ex) {
		return invalid(ex.getParameterName(), "缺少此参数");
	}

	@ExceptionHandler(BindException.class)
	ModelAndView binding(BindException ex) {
		var e = ex.getFieldError();
		return e == null ? page(HttpStatus.BAD_REQUEST, "输入有误", "输入校验未通过")
				: invalid(e.getField(), e.isBindingFailure() ? "取值无效：" + e.getRejectedValue() : e.getDefaultMessage());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ModelAndView constraint(ConstraintViolationException ex) {
		var v = ex.getConstraintViolations().iterator().next();
		return invalid(v.getPropertyPath().toString(), v.getMessage());
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ModelAndView methodValidation(HandlerMethodValidationException ex) {
		var r = ex.getParameterValidationResults().get(0);
		return invalid(r.getMethodParameter().getParameterName(), r.getResolvableErrors().get(0).getDefaultMessage());
	}

	private static ModelAndView invalid(String field, String message) {
		String detail = FieldLabels.of(field).isPresent() ? FieldLabels.inMessage(field, message) : message;
		return page(HttpStatus.BAD_REQUEST, "输入有误", detail);
	}

	private static ModelAndView page(HttpStatus status, String title, String detail) {
		ModelAndView mv = new ModelAndView("error");
		mv.setStatus(status);
		mv.addObject("status", status.value());
		mv.addObject("title", title);
		mv.addObject("detail", detail);
		return mv;
	}

}
