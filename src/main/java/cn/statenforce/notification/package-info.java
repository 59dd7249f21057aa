/** 站内消息: in-app notifications for reminders, overdue warnings, escalations, copies and urges. */
package cn.statenforce.notification;
