package cn.statenforce.inspection;

import java.util.List;
import java.util.Map;

/**
 * The result of a draw.
 *
 * @param drawnGroups region codes of the bureaus drawn in the first stage (empty for a single-stage draw)
 * @param eligible units that could be drawn (after exclusions, inside the drawn groups)
 * @param excluded counts per {@link DrawExclusion}
 */
public record DrawOutcome(List<String> drawnGroups, List<DrawnUnit> units, int eligible,
		Map<DrawExclusion, Integer> excluded) {
}
