package cn.statenforce.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Input for registering or editing a unit; the credit code's check digit is verified by the service. */
public record EnterpriseCommand(
		@NotBlank(message = "统一社会信用代码不能为空") @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "统一社会信用代码应为18位数字或大写字母") String creditCode,
		@NotBlank(message = "单位名称不能为空") @Size(max = 200, message = "单位名称不能超过200字") String name,
		@NotBlank(message = "行政区划代码不能为空") @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字") String regionCode,
		@Size(max = 10) String industryCode,
		@Pattern(regexp = "LARGE|MEDIUM|SMALL|MICRO", message = "规模只能是 LARGE、MEDIUM、SMALL、MICRO") String sizeClass,
		@NotNull(message = "当事人类型不能为空") PartyType partyType, @Size(max = 64) String legalRepresentative,
		@Size(max = 300) String address, @Size(max = 30) String phone, boolean onlineReporting,
		@Size(max = 200) String riskTags) {
}
