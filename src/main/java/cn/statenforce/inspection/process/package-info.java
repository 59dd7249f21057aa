/** The inspection process ({@code processes/inspection.bpmn}): its contract, delegates and the re-check listener. */
package cn.statenforce.inspection.process;
