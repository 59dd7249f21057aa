package cn.statenforce.reporting;

import cn.statenforce.enforcementcase.CaseAnnualFigures;
import cn.statenforce.inspection.InspectionAnnualFigures;
import cn.statenforce.rectification.RectificationAnnualFigures;

/**
 * What every year-end figure is computed from: each capability's own annual counts for the bureaus of the report,
 * read through its public service ({@code InspectionService}, {@code CaseQueryService}, {@code LedgerService}, the
 * supervision registers' services).
 */
public record AnnualInputs(int year, InspectionAnnualFigures inspection, CaseAnnualFigures cases,
		RectificationAnnualFigures rectification, SupervisionInputs supervision) {
}
