package cn.statenforce.rectification;

/** 方面: a heading of the feedback under which problems are grouped (e.g. "落实统计工作决策部署方面"). */
public record Aspect(Long id, Long planId, int seq, String title, int rowVersion) {
}
