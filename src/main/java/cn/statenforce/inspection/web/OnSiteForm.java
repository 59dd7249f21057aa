package cn.statenforce.inspection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import cn.statenforce.inspection.InspectionCommands;
import cn.statenforce.inspection.InspectionResult;

/** The on-site inspection form as the page posts it (one row per check item). */
public class OnSiteForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate inspectedOn;

	private List<CheckRow> checks = new ArrayList<>();

	private InspectionResult result;

	private String summary;

	private String correctionMeasure;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate correctionDeadline;

	/** One check item row. */
	public static class CheckRow {

		private Long itemId;

		private boolean conforming = true;

		private String finding;

		private String evidence;

		public Long getItemId() {
			return itemId;
		}

		public void setItemId(Long itemId) {
			this.itemId = itemId;
		}

		public boolean isConforming() {
			return conforming;
		}

		public void setConforming(boolean conforming) {
			this.conforming = conforming;
		}

		public String getFinding() {
			return finding;
		}

		public void setFinding(String finding) {
			this.finding = finding;
		}

		public String getEvidence() {
			return evidence;
		}

		public void setEvidence(String evidence) {
			this.evidence = evidence;
		}

	}

	InspectionCommands.RecordInspection toCommand() {
		return new InspectionCommands.RecordInspection(inspectedOn,
				checks.stream().map(c -> new InspectionCommands.CheckRecord(c.itemId, c.conforming, c.finding, c.evidence)).toList(),
				result, summary, correctionMeasure, correctionDeadline);
	}

	public LocalDate getInspectedOn() {
		return inspectedOn;
	}

	public void setInspectedOn(LocalDate inspectedOn) {
		this.inspectedOn = inspectedOn;
	}

	public List<CheckRow> getChecks() {
		return checks;
	}

	public void setChecks(List<CheckRow> checks) {
		this.checks = checks;
	}

	public InspectionResult getResult() {
		return result;
	}

	public void setResult(InspectionResult result) {
		this.result = result;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getCorrectionMeasure() {
		return correctionMeasure;
	}

	public void setCorrectionMeasure(String correctionMeasure) {
		this.correctionMeasure = correctionMeasure;
	}

	public LocalDate getCorrectionDeadline() {
		return correctionDeadline;
	}

	public void setCorrectionDeadline(LocalDate correctionDeadline) {
		this.correctionDeadline = correctionDeadline;
	}

}
