/**
 * 执法检查 (双随机、一公开): the three registers (检查事项清单, the unit directory 名录库 with its bulk import,
 * the inspector directory), inspection plans approved by a leader, the reproducible and verifiable random
 * draw of units and inspectors, the per-unit inspection process and the public results page.
 */
package cn.statenforce.inspection;
