package cn.statenforce.document;

/**
 * One item of the case dossier's checklist (案卷材料): its stage, whether the case's path requires it, whether it is
 * there, and what is missing. An item backed by a document names its kind and the current one ({@code documentId}).
 *
 * @param forArchive required for 归档 only (the closing approval), not for 结案
 */
public record DossierItem(int no, String stage, String title, boolean required, boolean present, String missing,
		DocumentKind kind, Long documentId, boolean forArchive) {

	/** Whether 结案 ({@code archiving} false) or 归档 needs this item on the case's path. */
	public boolean requiredFor(boolean archiving) {
		return required && (archiving || !forArchive);
	}

	/** Needed for that step and not there. */
	public boolean blocking(boolean archiving) {
		return requiredFor(archiving) && !present;
	}

	/** The item as a refusal names it: {@code 标题（缺什么）}. */
	public String shortfall() {
		return title + "（" + missing + "）";
	}

}
