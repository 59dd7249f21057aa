// 常用意见: choosing a phrase puts it into the opinion field named by the select's data-opinion-target.
document.addEventListener('change', function (e) {
  var select = e.target;
  if (!select.matches || !select.matches('select[data-opinion-target]') || !select.value) {
    return;
  }
  var field = document.getElementById(select.getAttribute('data-opinion-target'));
  if (field) {
    field.value = field.value ? field.value + select.value : select.value;
    field.focus();
  }
  select.value = '';
});
