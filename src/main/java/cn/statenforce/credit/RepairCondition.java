package cn.statenforce.credit;

/** One condition of an early removal, as checked now. */
public record RepairCondition(String label, boolean met, String detail) {
}
