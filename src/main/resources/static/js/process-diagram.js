/*
 * Process diagram (fragments/process-diagram.html) on the case page and on every task page: loads the BPMN of the
 * deployed definition and the instance's state, marks the steps already done (已办, from history) and the current
 * step(s), then either fits the whole diagram or zooms on the current step (data-focus="true"). The marked ids are
 * written back to data-active / data-done. Without JavaScript, or when loading fails, the container stays hidden.
 */
(function () {
  'use strict';
  if (typeof window.BpmnJS !== 'function' || !window.fetch) {
    return;
  }
  function get(url, asJson) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': asJson ? 'application/json' : 'application/xml' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return asJson ? r.json() : r.text();
      });
  }
  function focusOn(canvas, shape) {
    canvas.zoom('fit-viewport');
    var outer = canvas.viewbox().outer;
    var scale = Math.min(1, Math.max(canvas.zoom(), 0.8));
    var width = outer.width / scale;
    var height = outer.height / scale;
    canvas.viewbox({
      x: shape.x + shape.width / 2 - width / 2,
      y: shape.y + shape.height / 2 - height / 2,
      width: width,
      height: height
    });
  }
  function draw(el) {
    el.classList.remove('d-none');
    var viewer = new window.BpmnJS({ container: el });
    Promise.all([get(el.dataset.bpmnUrl, false), get(el.dataset.stateUrl, true)])
      .then(function (loaded) {
        return viewer.importXML(loaded[0]).then(function () { return loaded[1]; });
      })
      .then(function (state) {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        function mark(ids, marker) {
          var marked = [];
          (ids || []).forEach(function (id) {
            var shape = registry.get(id);
            if (shape) {
              // an active sub-process only gets its outline, so the active task inside it stands out
              canvas.addMarker(id, shape.type === 'bpmn:SubProcess' ? marker + '-container' : marker);
              marked.push(id);
            }
          });
          return marked;
        }
        var active = state.active || [];
        var done = mark((state.completed || []).filter(function (id) { return active.indexOf(id) < 0; }), 'process-step-done');
        active = mark(active, 'process-step-active');
        var current = state.current && registry.get(state.current);
        if (el.dataset.focus === 'true' && current) {
          focusOn(canvas, current);
        } else {
          canvas.zoom('fit-viewport');
        }
        el.setAttribute('data-active', active.join(','));
        el.setAttribute('data-done', done.join(','));
        el.setAttribute('data-current', current ? current.id : '');
        var legend = document.getElementById(el.id + '-legend');
        if (legend) { legend.classList.remove('d-none'); }
      })
      .catch(function () {
        el.classList.add('d-none');
        viewer.destroy();
      });
  }
  Array.prototype.forEach.call(document.querySelectorAll('.process-diagram[data-bpmn-url]'), draw);
})();
