/**
 * 证据文件: files of enforcement cases and inspections (photos, audio and video of on-site work, scans), stored through
 * {@code attachment} with the type detected from the bytes and the SHA-256, each tied to the step it was taken in,
 * never changed or deleted, and on the bureau's 全过程记录.
 */
package cn.statenforce.evidence;
