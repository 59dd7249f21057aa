/** The calendar's engine calls: re-evaluating due dates and date timers after the calendar changed. */
package cn.statenforce.calendar.process;
