package cn.statenforce.directory.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.statenforce.directory.Enterprise;
import cn.statenforce.directory.EnterpriseCommand;
import cn.statenforce.directory.EnterpriseService;
import cn.statenforce.organization.CurrentUsers;
import cn.statenforce.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "名录库", description = "统计调查对象名录")
@Validated
class EnterpriseApiController {

	private final EnterpriseService enterprises;

	EnterpriseApiController(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping
	@Operation(summary = "查询名录库（本局及下级）")
	PageResult<Enterprise> search(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return enterprises.search(CurrentUsers.get(), q, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看单位")
	Enterprise get(@PathVariable long id) {
		return enterprises.get(CurrentUsers.get(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('INSPECTOR','LEADER','DIRECTOR','ADMIN')")
	@Operation(summary = "登记单位")
	Enterprise create(@Valid @RequestBody EnterpriseCommand command) {
		return enterprises.create(CurrentUsers.get(), command);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('INSPECTOR','LEADER','DIRECTOR','ADMIN')")
	@Operation(summary = "修改单位（需提供当前版本号 version）")
	Enterprise update(@PathVariable long id, @RequestParam int version, @Valid @RequestBody EnterpriseCommand command) {
		return enterprises.update(CurrentUsers.get(), id, version, command);
	}

}
