/** 演示数据: the demo bureaus, users and directory loaded once in the embedded default profile. */
package cn.statenforce.demo;
