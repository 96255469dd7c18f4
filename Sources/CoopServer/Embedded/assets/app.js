// The pages' script, plain JavaScript with no library: what a page cannot do alone. It uploads files (drag
// and drop or chosen, each with its own period), keeps the chart preview live, posts a scheme and shows the
// scorecard, and makes the report with progress shown. Every request asks for answers in the page's words
// (X-Coopchart-Page), so an error names the page's field, which is marked; every write carries
// X-Requested-With: coopchart (and the session's CSRF token). Every word comes from the page's JSON block of
// PageWords; text is put into the page with textContent, never as HTML. Served as /assets/app.js (the CSP
// allows no inline script).
(function () {
  'use strict';
  var body = document.body;
  var words = JSON.parse(document.getElementById('words').textContent);
  var lang = body.getAttribute('data-lang') || 'vi';
  var csrf = body.getAttribute('data-csrf') || '';
  var datasetID = body.getAttribute('data-dataset') || '';
  var locale = lang === 'vi' ? 'vi-VN' : 'en-GB';

  function w(key) { return Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key; }
  function fill(template, values) { return template.replace(/\{(\w+)\}/g, function (m, k) { return values[k] === undefined ? m : values[k]; }); }
  function byId(id) { return document.getElementById(id); }
  function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function show(node, visible) { if (node) { node.hidden = !visible; } }
  // Every request: answers in the page's language, settings named as the page's fields.
  function readHeaders(extra) {
    var headers = { 'X-Coopchart-Page': lang };
    Object.keys(extra || {}).forEach(function (name) { headers[name] = extra[name]; });
    return headers;
  }
  function writeHeaders(extra) {
    var headers = readHeaders(extra);
    headers['X-Requested-With'] = 'coopchart';
    if (csrf) { headers['X-CSRF-Token'] = csrf; }
    return headers;
  }
  function query(pairs) {
    return pairs.filter(function (p) { return p[1] !== undefined && p[1] !== null && p[1] !== ''; })
      .map(function (p) { return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]); }).join('&');
  }
  function number(value) {
    if (value === null || value === undefined) { return '—'; }
    return Number(value).toLocaleString(locale, { maximumFractionDigits: 2 });
  }
  function humanSize(bytes) {
    return bytes >= 1e6 ? number(bytes / 1e6) + ' MB' : number(Math.max(1, Math.round(bytes / 1e3))) + ' KB';
  }
  // The error of a response: the API's JSON (message, the field at fault, findings), or the status line.
  function readError(response) {
    return response.text().then(function (text) {
      try {
        var parsed = JSON.parse(text);
        var error = parsed.error || {};
        return { status: response.status, message: error.message || text, parameter: error.parameter || '', findings: parsed.findings || [], files: parsed.files || [] };
      } catch (e) {
        return { status: response.status, message: w('requestFailed') + ' (' + response.status + ')', parameter: '', findings: [], files: [] };
      }
    });
  }
  // The notes an answer carries (figures left out of the cluster, a restated cluster, a font's stand-in).
  function readNotes(response) {
    var header = response.headers.get('X-Coopchart-Notes');
    if (!header) { return []; }
    try { return JSON.parse(decodeURIComponent(header)); } catch (e) { return []; }
  }
  function showNotes(list, notes) {
    if (!list) { return; }
    clear(list);
    notes.forEach(function (note) { list.appendChild(el('li', {}, note)); });
  }
  // The field an error names is marked until it is changed.
  function markField(parameter) {
    all('.at-fault').forEach(function (node) { node.classList.remove('at-fault'); });
    if (!parameter) { return; }
    all('[data-parameter="' + parameter + '"]').forEach(function (node) {
      if (node.id === 'preview-error') { return; }
      node.classList.add('at-fault');
    });
  }
  document.addEventListener('change', function (event) {
    var field = event.target.closest ? event.target.closest('.at-fault') : null;
    if (field) { field.classList.remove('at-fault'); }
  });
  function fileName(response, fallback) {
    var disposition = response.headers.get('Content-Disposition') || '';
    var match = /filename="([^"]+)"/.exec(disposition);
    return match ? match[1] : fallback;
  }
  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = el('a', { href: url, download: name });
    link.hidden = true;
    body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(url); link.remove(); }, 60000);
    return url;
  }
  function findingsTable(findings) {
    var wrap = el('div', { 'class': 'table-wrap' });
    var table = el('table', { 'class': 'findings' });
    var head = el('tr');
    [w('fileKind'), w('location'), w('message')].forEach(function (t) { head.appendChild(el('th', { scope: 'col' }, t)); });
    table.appendChild(el('thead')).appendChild(head);
    var tbody = el('tbody');
    findings.forEach(function (f) {
      var row = el('tr', { 'class': f.level });
      row.appendChild(el('td', {}, f.level === 'error' ? w('levelError') : w('levelWarning')));
      row.appendChild(el('td')).appendChild(el('code', {}, f.location));
      row.appendChild(el('td', {}, f.message));
      tbody.appendChild(row);
    });
    table.appendChild(tbody);
    wrap.appendChild(table);
    return wrap;
  }
  // The page's address holds its choices, so the link, a reload and the language switch keep them.
  function keepInAddress(pairs) {
    var kept = query(pairs.concat([['lang', lang]]));
    history.replaceState(null, '', location.pathname + '?' + kept);
    syncLanguageLink();
  }
  function syncLanguageLink() {
    var link = document.querySelector('a.lang-switch');
    if (!link) { return; }
    var params = new URLSearchParams(location.search);
    params.set('lang', link.getAttribute('hreflang'));
    link.href = location.pathname + '?' + params.toString() + location.hash;
  }
  syncLanguageLink();

  // Logging out (a server with a password).
  var logout = byId('logout');
  if (logout) {
    logout.addEventListener('click', function () {
      fetch('/logout', { method: 'POST', headers: writeHeaders(), credentials: 'same-origin' }).then(function () { location.href = '/login?lang=' + lang; });
    });
  }

  // The login page.
  var loginForm = byId('login-form');
  if (loginForm) {
    loginForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var status = byId('login-status');
      var data = new URLSearchParams(new FormData(loginForm));
      fetch('/login', { method: 'POST', headers: writeHeaders({ 'Content-Type': 'application/x-www-form-urlencoded' }), body: data, credentials: 'same-origin' })
        .then(function (response) {
          if (response.ok) { location.href = '/?lang=' + lang; return; }
          return readError(response).then(function (error) {
            status.textContent = error.status === 429 ? w('loginThrottled') : (error.status === 401 ? w('loginFailed') : error.message);
            show(status, true);
          });
        })
        .catch(function () { status.textContent = w('requestFailed'); show(status, true); });
    });
  }

  // Step 1: upload, each file with its own period when it names none.
  var uploadForm = byId('upload-form');
  if (uploadForm) {
    var input = byId('files');
    var zone = byId('dropzone');
    var chosen = byId('chosen');
    var picked = [];
    var listChosen = function () {
      var periods = {};
      all('input[data-file-index]', chosen).forEach(function (field) { periods[field.getAttribute('data-file-index')] = field.value; });
      clear(chosen);
      if (picked.length === 0) {
        chosen.appendChild(el('tr')).appendChild(el('td', { colspan: '2' }, w('noFileChosen')));
        return;
      }
      picked.forEach(function (file, index) {
        var row = el('tr');
        row.appendChild(el('th', { scope: 'row' }, file.name + ' (' + humanSize(file.size) + ')'));
        var cell = el('td', { 'data-parameter': 'year-of' });
        var field = el('input', { type: 'text', inputmode: 'numeric', size: '10', 'data-file-index': String(index),
                                   'aria-label': w('filePeriod') + ': ' + file.name, placeholder: w('tableYearHint') });
        field.value = periods[String(index)] || '';
        cell.appendChild(field);
        row.appendChild(cell);
        chosen.appendChild(row);
      });
    };
    input.addEventListener('change', function () { picked = Array.prototype.slice.call(input.files); listChosen(); });
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (event) {
      picked = picked.concat(Array.prototype.slice.call(event.dataTransfer.files));
      listChosen();
    });
    uploadForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var status = byId('upload-status');
      var refused = byId('upload-refused');
      if (picked.length === 0) { status.textContent = w('noFileChosen'); markField('files'); return; }
      var data = new FormData();
      picked.forEach(function (file) { data.append('files', file, file.name); });
      all('input[data-file-index]', chosen).forEach(function (field) {
        var period = field.value.trim();
        if (period) { data.append('year-of', picked[Number(field.getAttribute('data-file-index'))].name + '=' + period); }
      });
      var year = byId('upload-year').value.trim();
      if (year) { data.append('year', year); }
      data.append('lang', lang);
      var button = byId('upload-button');
      button.disabled = true;
      status.textContent = w('uploading');
      show(refused, false);
      markField('');
      fetch('/api/datasets', { method: 'POST', headers: writeHeaders(), body: data, credentials: 'same-origin' })
        .then(function (response) {
          if (response.status === 201) {
            return response.json().then(function (dataset) { location.href = '/datasets/' + dataset.id + '/data?lang=' + lang; });
          }
          return readError(response).then(function (error) {
            button.disabled = false;
            status.textContent = error.status === 422 ? w('uploadRefused') : error.message;
            markField(error.parameter);
            var holder = byId('refused-files');
            clear(holder);
            var byFile = {};
            (error.findings || []).forEach(function (f) {
              var name = (error.files || []).map(function (file) { return file.name; })
                .filter(function (n) { return f.location === n || f.location.indexOf(n + ':') === 0; })[0] || '';
              (byFile[name] = byFile[name] || []).push(f);
            });
            Object.keys(byFile).forEach(function (name) {
              if (name) { holder.appendChild(el('h3', {}, name)); }
              holder.appendChild(findingsTable(byFile[name]));
            });
            show(refused, holder.childNodes.length > 0);
          });
        })
        .catch(function () { button.disabled = false; status.textContent = w('requestFailed'); });
    });
  }

  // Step 1 with a dataset: deleting it.
  var deleteButton = byId('delete-dataset');
  if (deleteButton) {
    deleteButton.addEventListener('click', function () {
      fetch('/api/datasets/' + datasetID, { method: 'DELETE', headers: writeHeaders(), credentials: 'same-origin' }).then(function (response) {
        if (response.status === 204) { location.href = '/?lang=' + lang; return; }
        return readError(response).then(function (error) { byId('delete-status').textContent = error.message; });
      });
    });
  }

  // Step 2: the chart, with a live preview.
  var chartForm = byId('chart-form');
  if (chartForm) {
    var api = chartForm.getAttribute('data-api');
    var preview = byId('preview');
    var previewError = byId('preview-error');
    var previewStatus = byId('preview-status');
    var kindSelect = byId('kind');
    var lastURL = '';
    var timer = null;
    var previewURL = null;
    var value = function (id) { var node = byId(id); return node ? node.value : ''; };
    var checks = function () { return all('input[type=checkbox][name=indicator]', chartForm); };
    var checkedIndicators = function () {
      return checks().filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    };
    var syncYears = function () {
      var from = value('years-from'), to = value('years-to');
      if (from && to && Number(from) > Number(to)) { var t = from; from = to; to = t; }
      byId('years').value = from === to ? from : from + '-' + to;
    };
    // A kind opens valid: grouped takes one indicator over several years (or several in one year), a radar
    // at least three indicators.
    var normalise = function (kind) {
      var boxes = checks();
      var checked = boxes.filter(function (box) { return box.checked; });
      if (kind === 'grouped' && checked.length > 1 && value('years-from') !== value('years-to')) {
        var keep = value('indicator');
        var kept = boxes.filter(function (box) { return box.value === keep; })[0] || checked[0];
        boxes.forEach(function (box) { box.checked = box === kept; });
      }
      if (kind === 'grouped') {
        // At most three years side by side, the latest ones, so the chart fits a slide.
        var from = byId('years-from'), to = byId('years-to');
        if (from && to && to.selectedIndex - from.selectedIndex > 2) { from.selectedIndex = Math.max(0, to.selectedIndex - 2); }
      } else if (kind === 'radar' && checked.length < 3) {
        boxes.slice(0, 3).forEach(function (box) { box.checked = true; });
      } else if (checked.length === 0 && boxes.length) {
        boxes[0].checked = true;
      }
    };
    // Only the fields of the chosen kind are shown (and sent with the form).
    var syncFields = function () {
      var kind = kindSelect.value;
      all('[data-kinds]', chartForm).forEach(function (field) {
        var on = field.getAttribute('data-kinds').split(' ').indexOf(kind) >= 0;
        show(field, on);
        all('input, select', field).forEach(function (control) { control.disabled = !on; });
      });
    };
    // The API's query for the chosen kind: only what the kind takes, as the server's chart page builds it.
    var parameters = function () {
      var kind = kindSelect.value;
      var pairs = [];
      if (['bar', 'column', 'donut', 'tilemap'].indexOf(kind) >= 0) {
        pairs.push(['indicator', value('indicator')], ['year', value('year')]);
        if (kind === 'column') { pairs.push(['order', value('order')]); }
      } else if (kind === 'map') {
        pairs.push(['indicator', value('indicator')], ['year', value('year')], ['classes', value('classes')], ['class-rule', value('class-rule')]);
        if (value('breaks')) { pairs.push(['breaks', value('breaks')]); }
        if (value('midpoint')) { pairs.push(['midpoint', value('midpoint')]); }
        pairs.push(['zoom', value('zoom')]);
        if (byId('growth').checked) { pairs.push(['growth', 'true']); }
      } else if (['line', 'bump', 'multiples'].indexOf(kind) >= 0) {
        pairs.push(['indicator', value('indicator')], ['years', value('years')]);
      } else if (['stacked', 'radar', 'heatmap'].indexOf(kind) >= 0) {
        checkedIndicators().forEach(function (id) { pairs.push(['indicator', id]); });
        pairs.push(['year', value('year')]);
        if (kind === 'stacked' && byId('percent').checked) { pairs.push(['percent', 'true']); }
      } else if (kind === 'grouped') {
        checkedIndicators().forEach(function (id) { pairs.push(['indicator', id]); });
        pairs.push(['years', value('years')]);
      } else if (kind === 'scatter') {
        pairs.push(['x', value('x')], ['y', value('y')], ['year', value('year')], ['bubble', value('bubble')]);
      }
      pairs.push(['size', value('size')], ['theme', value('theme')], ['cluster', value('cluster')], ['lang', value('chart-lang')]);
      return pairs;
    };
    // Downloads only while the preview shows a chart: under an error there is nothing to download.
    var downloadsOn = function (on) {
      all('.downloads a[data-format]').forEach(function (link) {
        if (on) { link.removeAttribute('aria-disabled'); } else { link.setAttribute('aria-disabled', 'true'); }
      });
      byId('downloads').setAttribute('data-disabled', on ? 'false' : 'true');
      show(byId('downloads-off'), !on);
    };
    all('.downloads a[data-format]').forEach(function (link) {
      link.addEventListener('click', function (event) { if (link.getAttribute('aria-disabled') === 'true') { event.preventDefault(); } });
    });
    var showError = function (error) {
      previewStatus.textContent = '';
      previewError.textContent = error.message;
      show(previewError, true);
      show(preview, false);
      showNotes(byId('preview-notes'), []);
      markField(error.parameter);
      downloadsOn(false);
    };
    var update = function () {
      syncYears();
      var kind = kindSelect.value;
      var pairs = parameters();
      var url = api + kind + '.svg?' + query(pairs);
      all('.downloads a[data-format]').forEach(function (link) {
        link.href = api + kind + '.' + link.getAttribute('data-format') + '?' + query(pairs.concat([['download', 'true']]));
      });
      var page = new URLSearchParams(new FormData(chartForm));
      history.replaceState(null, '', location.pathname + '?' + page.toString());
      syncLanguageLink();
      if (url === lastURL) { return; }
      lastURL = url;
      previewStatus.textContent = w('previewUpdating');
      downloadsOn(false);
      fetch(url, { headers: readHeaders(), credentials: 'same-origin' }).then(function (response) {
        if (url !== lastURL) { return; }
        if (!response.ok) { return readError(response).then(showError); }
        var notes = readNotes(response);
        return response.blob().then(function (blob) {
          if (url !== lastURL) { return; }
          if (previewURL) { URL.revokeObjectURL(previewURL); }
          previewURL = URL.createObjectURL(blob);
          preview.src = previewURL;
          preview.setAttribute('data-chart', url);
          show(preview, true);
          show(previewError, false);
          markField('');
          showNotes(byId('preview-notes'), notes);
          previewStatus.textContent = '';
          downloadsOn(true);
        });
      }).catch(function () { previewStatus.textContent = w('requestFailed'); });
    };
    var soon = function () { clearTimeout(timer); timer = setTimeout(update, 250); };
    chartForm.addEventListener('change', function (event) {
      if (event.target === kindSelect || event.target.getAttribute('data-years')) { normalise(kindSelect.value); }
      if (event.target === kindSelect) { syncFields(); }
      soon();
    });
    chartForm.addEventListener('submit', function (event) { event.preventDefault(); update(); });
    syncFields();
    syncYears();
    lastURL = preview.getAttribute('src');
    preview.setAttribute('data-chart', lastURL);
    if (!previewError.hidden) { markField(previewError.getAttribute('data-parameter')); downloadsOn(false); }
  }

  // Steps 3 and 4 share the scheme, kept for the dataset in this browser tab.
  var schemeKey = 'coopchart-scheme-' + datasetID;
  var storedScheme = function () { try { return sessionStorage.getItem(schemeKey); } catch (e) { return null; } };
  var storeScheme = function (text) { try { sessionStorage.setItem(schemeKey, text); } catch (e) { /* private mode */ } };
  var exampleScheme = function () { var node = byId('example-scheme'); return node ? node.value : ''; };

  // Step 3: ranking.
  var rankForm = byId('rank-form');
  if (rankForm) {
    var rankAPI = rankForm.getAttribute('data-api');
    var scheme = byId('scheme');
    var errorsBox = byId('scheme-errors');
    var rankStatus = byId('rank-status');
    var explanations = [];
    var value = function (id) { var node = byId(id); return node ? node.value : ''; };
    // The scheme typed before (this tab), else the example the page starts from.
    var stored = storedScheme();
    if (stored !== null) { scheme.value = stored; } else { storeScheme(scheme.value); }
    scheme.addEventListener('input', function () { storeScheme(scheme.value); });
    byId('use-example').addEventListener('click', function () {
      scheme.value = exampleScheme();
      storeScheme(scheme.value);
      byId('example-status').textContent = w('exampleLoaded');
    });
    byId('scheme-file').addEventListener('change', function (event) {
      var file = event.target.files[0];
      if (!file) { return; }
      var reader = new FileReader();
      reader.onload = function () { scheme.value = reader.result; storeScheme(scheme.value); };
      reader.readAsText(file);
    });
    var keepChoices = function () { keepInAddress([['year', value('rank-year')], ['cluster', value('rank-cluster')], ['draws', value('draws')]]); };
    rankForm.addEventListener('change', keepChoices);
    byId('draws').addEventListener('change', keepChoices);
    var rankQuery = function (format, extra) {
      return rankAPI + '?' + query([['format', format], ['year', value('rank-year')], ['cluster', value('rank-cluster')], ['lang', lang]].concat(extra || []));
    };
    var goToLine = function (line) {
      var lines = scheme.value.split('\n');
      var start = 0;
      for (var i = 0; i < line - 1 && i < lines.length; i += 1) { start += lines[i].length + 1; }
      scheme.focus();
      scheme.setSelectionRange(start, start + (lines[line - 1] || '').length);
    };
    var showSchemeErrors = function (error) {
      clear(errorsBox);
      markField(error.parameter || (error.findings.length ? 'scheme' : ''));
      errorsBox.appendChild(el('p', {}, error.findings.length ? w('schemeErrors') : error.message));
      var list = el('ul');
      error.findings.forEach(function (f) {
        var item = el('li');
        if (f.line) {
          var at = el('button', { type: 'button', 'class': 'link scheme-error', 'data-line': f.line }, fill(w('lineLabel'), { line: f.line }));
          at.addEventListener('click', function () { goToLine(f.line); });
          item.appendChild(at);
          item.appendChild(document.createTextNode(': '));
        } else if (f.location) {
          item.appendChild(el('code', {}, f.location));
          item.appendChild(document.createTextNode(': '));
        }
        item.appendChild(document.createTextNode(f.message));
        list.appendChild(item);
      });
      errorsBox.appendChild(list);
      show(errorsBox, true);
    };
    var post = function (format, extra) {
      return fetch(rankQuery(format, extra), { method: 'POST', headers: writeHeaders({ 'Content-Type': 'application/yaml' }), body: scheme.value, credentials: 'same-origin' });
    };
    var renderScorecard = function (sheet, notes) {
      var table = byId('scorecard');
      clear(table);
      var head = el('tr');
      [w('rankColumn'), w('provinceColumn'), w('totalColumn')].concat(sheet.criteria.map(function (c) { return c.label; }))
        .concat([w('adjustmentsColumn'), w('awardColumn'), w('flagsColumn')])
        .forEach(function (t) { head.appendChild(el('th', { scope: 'col' }, t)); });
      table.appendChild(el('thead')).appendChild(head);
      var tbody = el('tbody');
      sheet.rows.forEach(function (row) {
        var tr = el('tr');
        tr.appendChild(el('td', { 'class': 'number' }, row.rank));
        tr.appendChild(el('th', { scope: 'row' }, row.province));
        tr.appendChild(el('td', { 'class': 'number' }, number(row.total)));
        sheet.criteria.forEach(function (c) {
          var mark = { approx: '≈', at_least: '>', at_most: '<' }[row.qualifiers[c.id]] || '';
          tr.appendChild(el('td', { 'class': 'number' }, mark + number(row.points[c.id])));
        });
        tr.appendChild(el('td', { 'class': 'number' }, number(row.adjustments)));
        tr.appendChild(el('td', {}, row.award || ''));
        tr.appendChild(el('td', {}, row.flags.join(', ')));
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      var list = byId('rank-notes');
      clear(list);
      notes.forEach(function (note) { list.appendChild(el('li', { 'class': 'note' }, note)); });
      sheet.criteria.forEach(function (c) { list.appendChild(el('li', {}, c.id + ': ' + c.label + ' — ' + c.source + ' (' + c.method + ', ' + number(c.points) + ')')); });
      if (sheet.sources.length) { list.appendChild(el('li', {}, sheet.sources.join('; '))); }
    };
    var loadExplanations = function () {
      post('explain').then(function (response) { return response.ok ? response.json() : []; }).then(function (list) {
        explanations = list;
        var select = byId('explain-province');
        clear(select);
        list.forEach(function (item, index) { select.appendChild(el('option', { value: String(index) }, item.rank + '. ' + item.province)); });
        showExplanation();
      });
    };
    var showExplanation = function () {
      var holder = byId('explanation');
      clear(holder);
      var item = explanations[Number(value('explain-province'))];
      if (!item) { return; }
      item.explanation.forEach(function (line) { holder.appendChild(el('li', {}, line)); });
    };
    byId('explain-province').addEventListener('change', showExplanation);
    rankForm.addEventListener('submit', function (event) {
      event.preventDefault();
      storeScheme(scheme.value);
      show(errorsBox, false);
      markField('');
      rankStatus.textContent = w('scoring');
      post('json').then(function (response) {
        rankStatus.textContent = '';
        if (!response.ok) { return readError(response).then(function (error) { show(byId('rank-result'), false); showSchemeErrors(error); }); }
        var notes = readNotes(response);
        return response.json().then(function (sheet) {
          renderScorecard(sheet, notes);
          show(byId('rank-result'), true);
          loadExplanations();
        });
      }).catch(function () { rankStatus.textContent = w('requestFailed'); });
    });
    all('[data-download]').forEach(function (button) {
      button.addEventListener('click', function () {
        var format = button.getAttribute('data-download');
        post(format, [['download', 'true']]).then(function (response) {
          if (!response.ok) { return readError(response).then(showSchemeErrors); }
          return response.blob().then(function (blob) { save(blob, fileName(response, 'xep-hang.' + format)); });
        });
      });
    });
    byId('draw-robustness').addEventListener('click', function () {
      var image = byId('robustness');
      rankStatus.textContent = w('scoring');
      post('svg', [['sensitivity', value('draws') || '1000']]).then(function (response) {
        rankStatus.textContent = '';
        if (!response.ok) { return readError(response).then(showSchemeErrors); }
        return response.blob().then(function (blob) { image.src = URL.createObjectURL(blob); show(image, true); });
      });
    });
  }

  // Step 4: the report, with progress shown while it is made.
  var reportForm = byId('report-form');
  if (reportForm) {
    var reportAPI = reportForm.getAttribute('data-api');
    var reportScheme = byId('report-scheme');
    var kept = storedScheme();
    reportScheme.value = kept !== null ? kept : exampleScheme();
    show(byId('no-scheme'), !reportScheme.value.trim());
    reportScheme.addEventListener('input', function () { storeScheme(reportScheme.value); show(byId('no-scheme'), !reportScheme.value.trim()); });
    var field = function (id) { var node = byId(id); return node ? node.value.trim() : ''; };
    var choices = function () {
      return [['year', field('report-year')], ['cluster', field('report-cluster')], ['report-lang', field('report-lang')], ['size', field('report-size')],
        ['title', field('report-title')], ['organisation', field('report-organisation')], ['date', field('report-date')]];
    };
    reportForm.addEventListener('change', function () { keepInAddress(choices()); });
    var make = function (format) {
      var progress = byId('report-progress');
      var status = byId('report-status');
      var errors = byId('report-errors');
      var link = byId('report-link');
      show(errors, false);
      show(link, false);
      show(progress, true);
      markField('');
      showNotes(byId('report-notes'), []);
      status.textContent = w('making');
      all('button', reportForm).forEach(function (b) { b.disabled = true; });
      var url = reportAPI + '?' + query([['format', format], ['year', field('report-year')], ['cluster', field('report-cluster')], ['lang', field('report-lang')],
        ['size', field('report-size')], ['title', field('report-title')], ['organisation', field('report-organisation')], ['date', field('report-date')]]);
      fetch(url, { method: 'POST', headers: writeHeaders({ 'Content-Type': 'application/yaml' }), body: reportScheme.value, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            return readError(response).then(function (error) {
              clear(errors);
              errors.appendChild(el('p', {}, error.message));
              error.findings.forEach(function (f) { errors.appendChild(el('p', {}, (f.line ? fill(w('lineLabel'), { line: f.line }) + ': ' : '') + f.message)); });
              markField(error.parameter || (error.findings.length ? 'scheme' : ''));
              show(errors, true);
              status.textContent = '';
            });
          }
          showNotes(byId('report-notes'), readNotes(response));
          return response.blob().then(function (blob) {
            var name = fileName(response, 'bao-cao.' + format);
            var href = save(blob, name);
            clear(link);
            link.appendChild(el('a', { href: href, download: name, id: 'report-download' }, name));
            show(link, true);
            status.textContent = fill(w('made'), { name: name, size: humanSize(blob.size) });
          });
        })
        .catch(function () { status.textContent = w('requestFailed'); })
        .then(function () {
          show(progress, false);
          all('button', reportForm).forEach(function (b) { b.disabled = false; });
        });
    };
    byId('make-report').addEventListener('click', function () { make('pdf'); });
    byId('make-word-report').addEventListener('click', function () { make('docx'); });
    byId('make-slides').addEventListener('click', function () { make('pptx'); });
    byId('make-figures').addEventListener('click', function () { make('zip'); });
  }
})();
