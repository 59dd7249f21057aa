/** 办理记录: the timeline of who did what, when, with which opinion, for any record. */
package cn.statenforce.activity;
