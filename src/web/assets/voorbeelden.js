// The static site's search of good practices: lunr with its Dutch
// stemmer over the index vsopro wrote (js/voorbeelden-index.js), and the
// filters over the list the page already holds. Without JavaScript the
// list shows every practice.
(function () {
  'use strict';
  var docs = window.vsoproPractices || [];
  var index = lunr(function () {
    this.use(lunr.nl);
    this.ref('key');
    this.field('title', { boost: 3 });
    this.field('summary', { boost: 2 });
    this.field('rest');
    docs.forEach(function (d) { this.add(d); }, this);
  });
  var form = document.getElementById('zoeken');
  var list = document.getElementById('voorbeelden');
  var found = document.getElementById('found');
  var none = document.getElementById('none');
  var items = Array.prototype.slice.call(list.querySelectorAll('li.practice'));
  function value(name) { return form.elements[name].value.trim(); }
  function has(item, attr, v) { return !v || (' ' + item.getAttribute(attr) + ' ').indexOf(' ' + v + ' ') >= 0; }
  function words(q) {
    // Each word must be there; lunr's own syntax stays out of it.
    // Stop words ("de", "het") are in no index: they would find nothing.
    return q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) {
      return w && lunr.nl.stopWordFilter(new lunr.Token(w)) !== undefined;
    });
  }
  function update() {
    var terms = words(value('q'));
    var scores = null;
    if (terms.length) {
      scores = {};
      index.query(function (q) {
        terms.forEach(function (t) {
          q.term(t, { presence: lunr.Query.presence.REQUIRED });
        });
      }).forEach(function (r) { scores[r.ref] = r.score; });
    }
    var shown = items.filter(function (item) {
      var ok = (!scores || item.dataset.key in scores)
        && has(item, 'data-themes', value('theme'))
        && item.dataset.region === (value('region') || item.dataset.region)
        && has(item, 'data-partners', value('partner'))
        && has(item, 'data-targets', value('target'));
      item.hidden = !ok;
      return ok;
    });
    if (scores) {
      shown.sort(function (a, b) { return scores[b.dataset.key] - scores[a.dataset.key]; });
      shown.forEach(function (item) { list.appendChild(item); });
    }
    var text = terms.length ? found.dataset.foundTerms : found.dataset.found;
    found.textContent = text.replace('{found}', shown.length).replace('{total}', items.length)
      .replace('{terms}', terms.join(' '));
    none.hidden = shown.length > 0;
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  var params = new URLSearchParams(window.location.search);
  params.forEach(function (v, k) { if (form.elements[k]) form.elements[k].value = v; });
  update();
}());
