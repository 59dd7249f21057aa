// Pages of the application (served from 'self'; the Content-Security-Policy allows no inline script).
// 1. data-confirm: a form (or its submit button) with data-confirm="…" asks before an irreversible step.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    var text = (button && button.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (text && !window.confirm(text)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-confirm]') : null;
    if (link && !window.confirm(link.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  }, true);
})();

// 2. Pickers (search as you type): <div class="picker" data-picker-url="/pickers/users?role=INSPECTOR"> holding a hidden
//    .picker-value (the posted value), a visible .picker-input and an empty .picker-options list. The endpoint answers
//    [{value, label, hint}] for ?q=…; choosing an option puts its value into the hidden field and its label into the box.
(function () {
  'use strict';
  function setup(picker) {
    var input = picker.querySelector('.picker-input');
    var hidden = picker.querySelector('.picker-value');
    var list = picker.querySelector('.picker-options');
    if (!input || !hidden || !list) {
      return;
    }
    var timer = null;
    var seq = 0;
    function close() {
      list.innerHTML = '';
      list.classList.remove('show');
    }
    var multi = picker.classList.contains('picker-multi');
    var chosen = picker.querySelector('.picker-chosen');
    var values = multi && hidden.value ? hidden.value.split(',') : [];
    function renderChosen() {
      if (!chosen) {
        return;
      }
      chosen.innerHTML = '';
      values.forEach(function (v, i) {
        var chip = document.createElement('span');
        chip.className = 'badge bg-secondary me-1 picker-chip';
        chip.textContent = (picker.getAttribute('data-label-' + v) || v) + ' ';
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'btn-close btn-close-white btn-sm align-middle';
        remove.setAttribute('aria-label', '移除');
        remove.addEventListener('click', function () {
          values.splice(i, 1);
          hidden.value = values.join(',');
          renderChosen();
        });
        chip.appendChild(remove);
        chosen.appendChild(chip);
      });
    }
    function choose(option) {
      if (multi) {
        if (values.indexOf(option.value) < 0) {
          values.push(option.value);
        }
        picker.setAttribute('data-label-' + option.value, option.label);
        hidden.value = values.join(',');
        input.value = '';
        renderChosen();
      }
      else {
        hidden.value = option.value;
        input.value = option.label;
        input.setAttribute('data-chosen', option.label);
      }
      hidden.dispatchEvent(new Event('change', { bubbles: true }));
      close();
    }
    renderChosen();
    function render(options) {
      list.innerHTML = '';
      if (!options.length) {
        var none = document.createElement('div');
        none.className = 'list-group-item small text-muted picker-none';
        none.textContent = '没有匹配的结果';
        list.appendChild(none);
      }
      options.forEach(function (option) {
        var item = document.createElement('button');
        item.type = 'button';
        item.className = 'list-group-item list-group-item-action picker-option';
        item.setAttribute('data-value', option.value);
        var label = document.createElement('span');
        label.textContent = option.label;
        item.appendChild(label);
        if (option.hint) {
          var hint = document.createElement('small');
          hint.className = 'text-muted ms-2';
          hint.textContent = option.hint;
          item.appendChild(hint);
        }
        item.addEventListener('click', function () { choose(option); });
        list.appendChild(item);
      });
      list.classList.add('show');
    }
    function search() {
      var url = picker.getAttribute('data-picker-url');
      var mine = ++seq;
      fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(input.value.trim()),
        { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (options) { if (mine === seq) { render(options); } })
        .catch(function () { close(); });
    }
    input.addEventListener('input', function () {
      if (!multi && input.value !== input.getAttribute('data-chosen')) {
        hidden.value = '';
      }
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
    input.addEventListener('focus', function () {
      if (multi || !hidden.value) {
        clearTimeout(timer);
        timer = setTimeout(search, 50);
      }
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') {
        close();
      }
      if (e.key === 'Enter' && list.classList.contains('show')) {
        var first = list.querySelector('.picker-option');
        if (first) {
          e.preventDefault();
          first.click();
        }
      }
    });
    document.addEventListener('click', function (e) {
      if (!picker.contains(e.target)) {
        close();
      }
    });
    var form = picker.closest('form');
    if (form) {
      form.addEventListener('submit', function (e) {
        if (multi ? input.value.trim() : (!hidden.value && (input.required || input.value.trim()))) {
          e.preventDefault();
          input.classList.add('is-invalid');
          input.focus();
        }
      });
    }
  }
  document.querySelectorAll('.picker').forEach(setup);
})();
