/**
 * 移送统计违纪违法问题线索: leads about officials transferred, from a case or on their own, to the discipline
 * inspection and supervision body (纪委监委), the appointing organ (任免机关) or the judicial organs, with the case
 * materials listed and a transfer letter number (文号); the director approves, the recipient's written reply is
 * awaited with a configured deadline, reminder and escalation, and recorded with its result and sanction.
 */
package cn.statenforce.leadtransfer;
