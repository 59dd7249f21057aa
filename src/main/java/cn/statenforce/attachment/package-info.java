/**
 * 附件: the evidence files of the supervision registers (interference records, lead transfers, complaints,
 * credit, training). Each file is stored with the content type detected from its bytes (Apache Tika), its SHA-256
 * and its size within the configured limit. Access is the owning register's decision: this package has no pages
 * of its own and never lists files by anything but their owner.
 */
package cn.statenforce.attachment;
