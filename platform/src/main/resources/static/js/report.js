// The public form: show the behaviours of the chosen actor only, the identity fields only for named reports,
// and search the institutions as the subject is typed. Without script everything is shown and still works.
(function () {
  var form = document.getElementById('report-form');
  if (!form) { return; }
  function actor() { var a = form.querySelector('input[name=actor]:checked'); return a ? a.value : null; }
  function showBehaviours() {
    var chosen = actor();
    form.querySelectorAll('.behaviours').forEach(function (g) {
      var mine = !chosen || g.getAttribute('data-actor') === chosen;
      g.hidden = !mine;
      if (!mine) { g.querySelectorAll('input').forEach(function (i) { i.checked = false; }); }
    });
  }
  function showIdentity() {
    var named = document.getElementById('mode-named');
    document.getElementById('named-fields').hidden = !(named && named.checked);
  }
  form.querySelectorAll('input[name=actor]').forEach(function (r) { r.addEventListener('change', showBehaviours); });
  form.querySelectorAll('input[name=mode]').forEach(function (r) { r.addEventListener('change', showIdentity); });
  showBehaviours();
  showIdentity();
  var subject = document.getElementById('subject');
  var list = document.getElementById('institution-list');
  var timer = null;
  subject.addEventListener('input', function () {
    clearTimeout(timer);
    var q = subject.value.trim();
    if (q.length < 2) { return; }
    timer = setTimeout(function () {
      fetch(subject.getAttribute('data-search') + '?q=' + encodeURIComponent(q), {credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (rows) {
          list.innerHTML = '';
          rows.forEach(function (i) {
            var o = document.createElement('option');
            o.value = i.code;
            o.textContent = i.name + ' ' + i.code;
            list.appendChild(o);
          });
        });
    }, 250);
  });
})();
