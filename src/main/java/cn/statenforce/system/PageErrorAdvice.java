package cn.statenforce.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import cn.statenforce.shared.BadRequestException;
import cn.statenforce.shared.ConflictException;
import cn.statenforce.shared.ForbiddenException;
import cn.statenforce.shared.NotFoundException;

/** The same domain errors on server-rendered pages: a Chinese error page with the right status. */
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

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		return page(HttpStatus.BAD_REQUEST, "输入有误", ex.getMessage());
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
