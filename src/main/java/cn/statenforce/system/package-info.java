/** 系统: security, error responses, engine and web configuration shared by every capability. */
package cn.statenforce.system;
