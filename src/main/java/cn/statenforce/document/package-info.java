/**
 * 执法文书与案卷: enforcement documents generated from versioned DOCX templates with their numbers (文号, one
 * register per bureau, kind and year, voided numbers kept), their service (送达) which the case's statutory clocks
 * read, the case dossier (案卷) whose checklist gates closure and archiving, and the archive bundle (ZIP with a
 * SHA-256 manifest) with its verification.
 */
package cn.statenforce.document;
