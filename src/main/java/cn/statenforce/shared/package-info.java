/** 通用值类型与异常: value types and errors shared by every capability; depends on nothing else. */
package cn.statenforce.shared;
