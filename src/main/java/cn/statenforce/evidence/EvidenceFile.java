package cn.statenforce.evidence;

import cn.statenforce.attachment.Attachment;

/**
 * An evidence file as the record shows it.
 *
 * @param attachment the stored file (name, detected type, size, SHA-256, who and when)
 * @param stepLabel the step of the record it was taken in (调查取证, 现场检查)
 */
public record EvidenceFile(Attachment attachment, String stepLabel) {
}
