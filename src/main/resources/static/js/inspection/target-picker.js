/*
 * 重点检查对象 on the plan form: a unit chosen in the directory picker (#target-unit-picker, value = 统一社会信用代码)
 * is added as a new line "代码 " of the target list, the cursor left after it for the reason; the picker is cleared
 * for the next unit. A code already in the list is not added twice.
 */
(function () {
  'use strict';
  var picker = document.getElementById('target-unit-picker');
  if (!picker) {
    return;
  }
  var hidden = picker.querySelector('.picker-value');
  var input = picker.querySelector('.picker-input');
  var list = document.getElementById(picker.getAttribute('data-append-to'));
  hidden.addEventListener('change', function () {
    var code = hidden.value;
    if (!code || !list) {
      return;
    }
    var lines = list.value.split('\n').filter(function (l) { return l.trim() !== ''; });
    var known = lines.some(function (l) { return l.trim().split(/\s+/)[0] === code; });
    if (!known) {
      lines.push(code + ' ');
    }
    list.value = lines.join('\n');
    hidden.value = '';
    input.value = '';
    list.focus();
    list.setSelectionRange(list.value.length, list.value.length);
  });
})();
