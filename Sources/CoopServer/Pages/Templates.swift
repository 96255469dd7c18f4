/// The pages' templates (Mustache), kept in the binary. Every word comes from `PageWords`
/// (`{{words.NAME}}`) or from the data; `{{…}}` is HTML-escaped, and `{{{…}}}` only ever holds HTML the
/// server made itself (a rendered step, or JSON made safe for a script block).
enum Templates {
    static let layout = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · coopchart</title>
    <link rel="stylesheet" href="/assets/app.css">
    <script src="/assets/app.js" defer></script>
    </head>
    <body data-page="{{page}}" data-lang="{{lang}}"{{#datasetID}} data-dataset="{{datasetID}}"{{/datasetID}}{{#csrf}} data-csrf="{{csrf}}"{{/csrf}}>
    <a class="skip" href="#main">{{words.skipToContent}}</a>
    <header class="top">
      <p class="brand"><a href="/?lang={{lang}}">coopchart</a> <span class="tagline">{{words.tagline}}</span></p>
      {{#showSteps}}
      <nav class="steps" aria-label="{{words.stepsLabel}}">
        <ol>
        {{#steps}}
          <li>{{#href}}<a href="{{href}}"{{#current}} aria-current="step"{{/current}}><span class="number">{{number}}</span> {{label}}</a>{{/href}}{{^href}}<span class="step-off" title="{{words.stepNeedsData}}"><span class="number">{{number}}</span> {{label}}</span>{{/href}}</li>
        {{/steps}}
        </ol>
      </nav>
      {{/showSteps}}
      <div class="tools">
        <a class="lang-switch" href="{{otherLanguageHref}}" hreflang="{{otherLang}}" lang="{{otherLang}}" title="{{words.otherLanguageLabel}}">{{words.otherLanguage}}</a>
        {{#loggedIn}}<button type="button" id="logout" class="link">{{words.logout}}</button>{{/loggedIn}}
      </div>
    </header>
    <main id="main" tabindex="-1">
    {{{body}}}
    </main>
    <footer><a href="/api?lang={{lang}}">{{words.apiHelpLink}}</a></footer>
    <script type="application/json" id="words">{{{wordsJSON}}}</script>
    </body>
    </html>
    """

    static let upload = """
    <h1>{{words.dataTitle}}</h1>
    <p>{{words.dataIntro}}</p>
    <noscript><p class="alert">{{words.needsScript}}</p></noscript>
    <form id="upload-form" class="panel" method="post" action="/api/datasets" enctype="multipart/form-data">
      <div id="dropzone" class="dropzone">
        <label for="files" class="button">{{words.chooseFiles}}</label>
        <input id="files" name="files" type="file" multiple accept=".csv,.tsv,.txt,.xlsx,.ods,.xls,.yaml,.yml">
        <p>{{words.dropHint}}</p>
        <p class="subtle">{{words.chosenFiles}}:</p>
        <ul id="chosen" aria-live="polite"><li>{{words.noFileChosen}}</li></ul>
      </div>
      <p class="field">
        <label for="upload-year">{{words.tableYear}}</label>
        <input id="upload-year" name="year" type="text" inputmode="numeric" size="10" placeholder="{{words.tableYearHint}}">
      </p>
      <input type="hidden" name="lang" value="{{lang}}">
      <p><button type="submit" id="upload-button">{{words.upload}}</button></p>
      <p id="upload-status" role="status" aria-live="polite"></p>
    </form>
    <section id="upload-refused" hidden aria-labelledby="refused-title">
      <h2 id="refused-title">{{words.findings}}</h2>
      <div id="refused-files"></div>
    </section>
    """

    static let dataset = """
    <h1>{{words.dataTitle}}</h1>
    <p class="summary" id="summary">{{summary}}</p>
    <section aria-labelledby="files-title">
      <h2 id="files-title">{{words.filesRead}}</h2>
      <table class="files">
        <thead><tr><th scope="col">{{words.fileName}}</th><th scope="col">{{words.fileKind}}</th><th scope="col" class="number">{{words.rows}}</th>
        <th scope="col">{{words.periods}}</th><th scope="col" class="number">{{words.provinces}}</th><th scope="col">{{words.layout}}</th></tr></thead>
        <tbody>
        {{#files}}
          <tr><th scope="row">{{name}}</th><td>{{kind}}</td><td class="number">{{rows}}</td><td>{{periods}}</td><td class="number">{{provinces}}</td><td>{{layout}}{{#sheets}}<br><small>{{.}}</small>{{/sheets}}</td></tr>
        {{/files}}
        </tbody>
      </table>
    </section>
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{{words.findings}}</h2>
      {{^findings}}<p class="ok">{{words.noFindings}}</p>{{/findings}}
      {{#hasFindings}}
      <table class="findings" id="findings">
        <thead><tr><th scope="col">{{words.fileKind}}</th><th scope="col">{{words.location}}</th><th scope="col">{{words.message}}</th></tr></thead>
        <tbody>
        {{#findings}}<tr class="{{level}}"><td>{{levelLabel}}</td><td><code>{{location}}</code></td><td>{{message}}</td></tr>{{/findings}}
        </tbody>
      </table>
      {{/hasFindings}}
    </section>
    <form class="panel" method="get" action="/datasets/{{datasetID}}/chart">
      <p class="field">
        <label for="cluster">{{words.cluster}}</label>
        <select id="cluster" name="cluster">{{#clusterOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/clusterOptions}}</select>
      </p>
      <input type="hidden" name="lang" value="{{lang}}">
      <p><button type="submit">{{words.continueToChart}}</button></p>
    </form>
    <p class="subtle">{{words.expiryNote}}</p>
    <p><a href="/?lang={{lang}}">{{words.newUpload}}</a> · <button type="button" id="delete-dataset" class="link danger">{{words.deleteDataset}}</button></p>
    <p id="delete-status" role="status" aria-live="polite"></p>
    """

    static let chart = """
    <h1>{{words.chartTitle}}</h1>
    <div class="chart-layout">
    <form id="chart-form" class="panel controls" method="get" action="/datasets/{{datasetID}}/chart" data-api="/api/datasets/{{datasetID}}/charts/">
      <p class="field">
        <label for="kind">{{words.chartKind}}</label>
        <select id="kind" name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
      </p>
      <p class="field" data-kinds="bar column donut tilemap map line bump multiples">
        <label for="indicator">{{words.indicator}}</label>
        <select id="indicator" name="indicator">{{#indicatorOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/indicatorOptions}}</select>
      </p>
      <fieldset class="field" data-kinds="grouped stacked radar heatmap">
        <legend>{{words.indicators}}</legend>
        {{#indicatorChecks}}<label class="check"><input type="checkbox" name="indicator" value="{{value}}"{{#selected}} checked{{/selected}}> {{label}}</label>{{/indicatorChecks}}
      </fieldset>
      <p class="field" data-kinds="scatter">
        <label for="x">{{words.xIndicator}}</label>
        <select id="x" name="x">{{#xOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/xOptions}}</select>
      </p>
      <p class="field" data-kinds="scatter">
        <label for="y">{{words.yIndicator}}</label>
        <select id="y" name="y">{{#yOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/yOptions}}</select>
      </p>
      <p class="field" data-kinds="scatter">
        <label for="bubble">{{words.bubbleIndicator}}</label>
        <select id="bubble" name="bubble"><option value="">{{words.none}}</option>{{#bubbleOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/bubbleOptions}}</select>
      </p>
      <p class="field" data-kinds="bar column donut tilemap map stacked radar heatmap scatter">
        <label for="year">{{words.period}}</label>
        <select id="year" name="year">{{#yearOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/yearOptions}}</select>
      </p>
      <fieldset class="field pair" data-kinds="line bump multiples grouped">
        <legend>{{words.periods}}</legend>
        <label for="years-from">{{words.fromPeriod}}</label>
        <select id="years-from" data-years="from">{{#fromOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/fromOptions}}</select>
        <label for="years-to">{{words.toPeriod}}</label>
        <select id="years-to" data-years="to">{{#toOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/toOptions}}</select>
        <input type="hidden" id="years" name="years" value="{{years}}">
      </fieldset>
      <p class="field" data-kinds="column">
        <label for="order">{{words.order}}</label>
        <select id="order" name="order">{{#orderOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/orderOptions}}</select>
      </p>
      <p class="field" data-kinds="stacked"><label class="check"><input type="checkbox" id="percent" name="percent" value="true"{{#percent}} checked{{/percent}}> {{words.percent}}</label></p>
      <p class="field" data-kinds="map">
        <label for="classes">{{words.mapClasses}}</label>
        <select id="classes" name="classes">{{#classesOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/classesOptions}}</select>
      </p>
      <p class="field" data-kinds="map">
        <label for="class-rule">{{words.classRule}}</label>
        <select id="class-rule" name="class-rule">{{#classRuleOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/classRuleOptions}}</select>
      </p>
      <p class="field" data-kinds="map"><label for="breaks">{{words.breaks}}</label><input id="breaks" name="breaks" value="{{breaks}}" maxlength="200"></p>
      <p class="field" data-kinds="map"><label for="midpoint">{{words.midpoint}}</label><input id="midpoint" name="midpoint" value="{{midpoint}}" maxlength="40"></p>
      <p class="field" data-kinds="map"><label class="check"><input type="checkbox" id="growth" name="growth" value="true"{{#growth}} checked{{/growth}}> {{words.growth}}</label></p>
      <p class="field" data-kinds="map">
        <label for="zoom">{{words.zoom}}</label>
        <select id="zoom" name="zoom">{{#zoomOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/zoomOptions}}</select>
      </p>
      <p class="field">
        <label for="size">{{words.size}}</label>
        <select id="size" name="size">{{#sizeOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sizeOptions}}</select>
      </p>
      <p class="field">
        <label for="theme">{{words.theme}}</label>
        <select id="theme" name="theme">{{#themeOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/themeOptions}}</select>
      </p>
      <p class="field">
        <label for="chart-lang">{{words.chartLanguage}}</label>
        <select id="chart-lang" name="chart-lang">{{#languageOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/languageOptions}}</select>
      </p>
      <p class="field">
        <label for="cluster">{{words.cluster}}</label>
        <select id="cluster" name="cluster">{{#clusterOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/clusterOptions}}</select>
      </p>
      <input type="hidden" name="lang" value="{{lang}}">
      <p><button type="submit" id="draw">{{words.draw}}</button></p>
    </form>
    <section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{{words.preview}}</h2>
      <p id="preview-status" role="status" aria-live="polite"></p>
      <div id="preview-error" class="alert" role="alert"{{^error}} hidden{{/error}}>{{error}}</div>
      <figure><img id="preview" src="{{previewURL}}" alt="{{words.previewAlt}}"{{#error}} hidden{{/error}}></figure>
      <p class="downloads"><span>{{words.downloadAs}}:</span>
      {{#downloadLinks}}<a class="button" data-format="{{format}}" href="{{href}}" download>{{label}}</a> {{/downloadLinks}}</p>
    </section>
    </div>
    """

    static let rank = """
    <h1>{{words.rankTitle}}</h1>
    <p>{{words.rankIntro}}</p>
    <form id="rank-form" class="panel" data-api="/api/datasets/{{datasetID}}/rank">
      <p class="field">
        <label for="scheme-file">{{words.schemeFile}}</label>
        <input id="scheme-file" type="file" accept=".yaml,.yml,.txt">
      </p>
      <p class="field">
        <label for="scheme">{{words.schemeText}}</label>
        <textarea id="scheme" name="scheme" rows="16" cols="80" spellcheck="false" aria-describedby="scheme-errors"></textarea>
      </p>
      <p class="field">
        <label for="rank-year">{{words.schemeYear}}</label>
        <select id="rank-year" name="year"><option value="">—</option>{{#yearOptions}}<option value="{{value}}">{{label}}</option>{{/yearOptions}}</select>
      </p>
      <p class="field">
        <label for="rank-cluster">{{words.cluster}}</label>
        <select id="rank-cluster" name="cluster">{{#clusterOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/clusterOptions}}</select>
      </p>
      <p><button type="submit" id="score">{{words.score}}</button></p>
      <p id="rank-status" role="status" aria-live="polite"></p>
      <div id="scheme-errors" class="alert" role="alert" hidden></div>
    </form>
    <section id="rank-result" hidden aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">{{words.scorecard}}</h2>
      <div class="table-wrap"><table id="scorecard" class="scorecard"></table></div>
      <ul id="rank-notes" class="notes"></ul>
      <h3>{{words.downloads}}</h3>
      <p class="downloads">
        <button type="button" class="button" data-download="csv">{{words.downloadCSV}}</button>
        <button type="button" class="button" data-download="json">{{words.downloadJSON}}</button>
        <button type="button" class="button" data-download="pdf">{{words.downloadScorecardPDF}}</button>
        <button type="button" class="button" data-download="xlsx">{{words.downloadWorkbook}}</button>
      </p>
      <h3 id="explain-title">{{words.explanation}}</h3>
      <p class="field"><label for="explain-province">{{words.explainProvince}}</label> <select id="explain-province"></select></p>
      <ol id="explanation" aria-labelledby="explain-title"></ol>
      <h3>{{words.robustness}}</h3>
      <p class="field"><label for="draws">{{words.draws}}</label> <input id="draws" type="number" min="1" max="100000" value="1000">
      <button type="button" id="draw-robustness">{{words.drawRobustness}}</button></p>
      <figure><img id="robustness" alt="{{words.robustnessAlt}}" hidden></figure>
    </section>
    """

    static let report = """
    <h1>{{words.reportTitle}}</h1>
    <p>{{words.reportIntro}}</p>
    <form id="report-form" class="panel" data-api="/api/datasets/{{datasetID}}/report">
      <p class="field">
        <label for="report-scheme">{{words.schemeText}}</label>
        <textarea id="report-scheme" rows="10" cols="80" spellcheck="false"></textarea>
      </p>
      <p id="no-scheme" class="subtle" hidden>{{words.noScheme}}</p>
      <p class="field">
        <label for="report-year">{{words.schemeYear}}</label>
        <select id="report-year" name="year"><option value="">—</option>{{#yearOptions}}<option value="{{value}}">{{label}}</option>{{/yearOptions}}</select>
      </p>
      <p class="field">
        <label for="report-cluster">{{words.cluster}}</label>
        <select id="report-cluster" name="cluster">{{#clusterOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/clusterOptions}}</select>
      </p>
      <p class="field">
        <label for="report-lang">{{words.reportLanguage}}</label>
        <select id="report-lang" name="lang">{{#languageOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/languageOptions}}</select>
      </p>
      <p class="field">
        <label for="report-size">{{words.pageSize}}</label>
        <select id="report-size" name="size">{{#pageOptions}}<option value="{{value}}">{{label}}</option>{{/pageOptions}}</select>
      </p>
      <p class="field"><label for="report-title">{{words.reportHeading}}</label> <input id="report-title" name="title" type="text" size="60"></p>
      <p class="field"><label for="report-organisation">{{words.organisation}}</label> <input id="report-organisation" name="organisation" type="text" size="60"></p>
      <p class="field"><label for="report-date">{{words.reportDate}}</label> <input id="report-date" name="date" type="date"></p>
      <p>
        <button type="button" id="make-report" data-format="pdf">{{words.makeReport}}</button>
        <button type="button" id="make-word-report" data-format="docx">{{words.makeWordReport}}</button>
        <button type="button" id="make-slides" data-format="pptx">{{words.makeSlides}}</button>
        <button type="button" id="make-figures" data-format="zip">{{words.makeFigures}}</button>
      </p>
      <p><progress id="report-progress" hidden></progress> <span id="report-status" role="status" aria-live="polite"></span></p>
      <div id="report-errors" class="alert" role="alert" hidden></div>
      <p id="report-link" hidden></p>
    </form>
    """

    static let login = """
    <h1>{{words.loginTitle}}</h1>
    <p>{{words.loginIntro}}</p>
    <noscript><p class="alert">{{words.needsScript}}</p></noscript>
    <form id="login-form" class="panel" method="post" action="/login">
      <input type="hidden" name="csrf" value="{{loginToken}}">
      <p class="field"><label for="password">{{words.password}}</label> <input id="password" name="password" type="password" autocomplete="current-password" required autofocus></p>
      <p><button type="submit">{{words.loginButton}}</button></p>
      <p id="login-status" class="alert" role="alert" hidden></p>
    </form>
    """

    static let error = """
    <h1>{{words.errorTitle}}</h1>
    <p class="alert" role="alert">{{message}}</p>
    <p><a href="/?lang={{lang}}">{{words.backToStart}}</a></p>
    """

    static let api = """
    <h1>{{words.apiTitle}}</h1>
    <p>{{words.apiIntro}}</p>
    <table class="api">
      <thead><tr><th scope="col">{{words.apiMethod}}</th><th scope="col">{{words.apiPath}}</th><th scope="col">{{words.apiDoes}}</th><th scope="col">{{words.apiStatuses}}</th></tr></thead>
      <tbody>
      {{#routes}}<tr><td><code>{{method}}</code></td><td><code>{{path}}</code></td><td>{{does}}</td><td>{{statuses}}</td></tr>{{/routes}}
      </tbody>
    </table>
    """
}
