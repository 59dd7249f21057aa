/**
 * 整改 (rectification after inspection/audit feedback, and enterprise corrections): feedback → plan →
 * aspects → problems → measures with responsible units and leaders, progress with evidence, sign-off
 * (对账销号), overdue escalation, long-term mechanisms, look-back (回头看) and the ledger (整改台账).
 * Evidence files are stored in {@code rect_evidence} (database, with their SHA-256), so a file and the
 * step that attaches it commit together.
 */
package cn.statenforce.rectification;
