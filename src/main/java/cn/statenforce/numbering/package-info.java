/** 编号: gap-free yearly sequences per bureau for case numbers (案号) and document numbers (文号). */
package cn.statenforce.numbering;
