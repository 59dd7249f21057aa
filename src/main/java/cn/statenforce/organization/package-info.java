/** 组织机构与用户: bureaus (统计局) in their hierarchy, users, roles and enforcement certificates. */
package cn.statenforce.organization;
