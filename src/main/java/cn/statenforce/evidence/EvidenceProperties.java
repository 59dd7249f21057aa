package cn.statenforce.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the evidence files of one case or inspection (size and type limits are those of
 * {@code statenforce.attachment}).
 *
 * @param maxFilesPerCase most files on one enforcement case
 * @param maxFilesPerInspection most files on one inspection
 */
@ConfigurationProperties("statenforce.evidence")
public record EvidenceProperties(@DefaultValue("100") int maxFilesPerCase, @DefaultValue("30") int maxFilesPerInspection) {
}
