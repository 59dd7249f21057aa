/*
 * Case page: draws the case's process diagram (bpmn-js viewer) and marks the current step(s) and the steps
 * already done. Without JavaScript, or when loading fails, the container stays hidden and the step list
 * above the page remains the view of the process.
 */
(function () {
  'use strict';
  var el = document.getElementById('case-diagram');
  if (!el || typeof window.BpmnJS !== 'function' || !window.fetch) {
    return;
  }
  function get(url, asJson) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': asJson ? 'application/json' : 'application/xml' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return asJson ? r.json() : r.text();
      });
  }
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
        (ids || []).forEach(function (id) {
          var shape = registry.get(id);
          if (shape) {
            // an active sub-process only gets its outline, so the active task inside it stands out
            canvas.addMarker(id, shape.type === 'bpmn:SubProcess' ? marker + '-container' : marker);
          }
        });
      }
      mark(state.completed, 'case-step-done');
      mark(state.active, 'case-step-active');
      canvas.zoom('fit-viewport');
      el.setAttribute('data-active', (state.active || []).join(','));
      document.getElementById('case-diagram-legend').classList.remove('d-none');
    })
    .catch(function () {
      el.classList.add('d-none');
      viewer.destroy();
    });
})();
