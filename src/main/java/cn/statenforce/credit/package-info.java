/**
 * 统计信用: serious statistical dishonesty (统计严重失信, 国家统计局令第35号 《统计严重失信企业信用管理办法》) identified
 * from closed enforcement cases by configured criteria, approved by a leader and published for a period; early
 * removal by credit repair (信用修复) or because the decision it rests on was revoked, each a workflow with conditions
 * and approval; the credit commitment letters (信用承诺书) of each enterprise; the enterprise's credit history on its
 * directory page; the publication list for export and the public.
 */
package cn.statenforce.credit;
