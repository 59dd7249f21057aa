/** 工作日历: Chinese public holidays and make-up working days; every statutory window counts on it. */
package cn.statenforce.calendar;
