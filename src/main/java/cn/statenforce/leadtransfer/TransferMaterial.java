package cn.statenforce.leadtransfer;

/** An item of the transferred material list; {@code source} CASE = from the case's evidence list. */
public record TransferMaterial(Long id, Long transferId, int seq, String source, String title) {
}
