/**
 * 工作台: the user's to-do (待办) and done (已办) tasks from the engine, the workbench counters and the
 * generic task page. Capabilities plug in through {@link cn.statenforce.workbench.TaskSubjects} (what a
 * task is about) and {@link cn.statenforce.workbench.TaskForm} (the form on the task page).
 */
package cn.statenforce.workbench;
