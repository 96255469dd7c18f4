/// The pages' style: plain, large enough for a projector, readable at 1366×768, with a visible focus
/// ring for keyboard use. Served as /assets/app.css.
enum StyleSheet {
    static let text = """
    :root { --ink: #1b1f24; --muted: #5a6270; --line: #c9ced6; --accent: #0b5cad; --accent-ink: #ffffff; --bad: #a4161a; --warn: #8a5a00;
            --ok: #1f6f3a; --paper: #ffffff; --panel: #f4f6f9; font-size: 17px; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); background: var(--paper); line-height: 1.45; }
    a { color: var(--accent); }
    :focus-visible { outline: 3px solid #f5a300; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5em 1em; }
    .skip:focus { left: 0; z-index: 10; }
    header.top { display: flex; flex-wrap: wrap; align-items: center; gap: .5em 2em; padding: .6em 1.5em; border-bottom: 1px solid var(--line); background: var(--panel); }
    .brand { margin: 0; font-weight: bold; font-size: 1.2em; }
    .brand a { text-decoration: none; color: var(--ink); }
    .tagline { font-weight: normal; font-size: .75em; color: var(--muted); }
    .steps ol { display: flex; gap: .4em; list-style: none; margin: 0; padding: 0; flex-wrap: wrap; }
    .steps a, .steps .step-off { display: inline-block; padding: .35em .8em; border-radius: 1.2em; border: 1px solid var(--line); text-decoration: none; color: var(--ink); background: var(--paper); }
    .steps a[aria-current] { background: var(--accent); color: var(--accent-ink); border-color: var(--accent); }
    .steps .step-off { color: var(--muted); }
    .steps .number { font-weight: bold; }
    .tools { margin-left: auto; display: flex; gap: 1em; align-items: center; }
    main { padding: 1em 1.5em 2em; max-width: 1400px; }
    h1 { font-size: 1.6em; margin: .3em 0 .5em; }
    h2 { font-size: 1.25em; margin: 1.2em 0 .5em; }
    h3 { font-size: 1.05em; margin: 1em 0 .4em; }
    footer { padding: 1em 1.5em; border-top: 1px solid var(--line); color: var(--muted); font-size: .9em; }
    .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .8em 1em; margin: .8em 0; }
    .field { margin: .5em 0; }
    .field > label, fieldset.field > legend { display: block; font-weight: bold; margin-bottom: .2em; }
    fieldset.field { border: 0; padding: 0; }
    label.check { display: inline-block; font-weight: normal; margin: .1em 1em .1em 0; }
    fieldset.pair label { display: inline; font-weight: normal; margin-right: .3em; }
    input, select, textarea, button { font: inherit; }
    select, input[type=text], input[type=number], input[type=date], input[type=password] { padding: .3em .4em; border: 1px solid #8a93a0; border-radius: 4px; background: #fff; max-width: 100%; }
    textarea { width: 100%; font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; padding: .5em; border: 1px solid #8a93a0; border-radius: 4px; }
    button, .button { display: inline-block; padding: .45em 1em; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink);
                      cursor: pointer; text-decoration: none; margin: .15em .3em .15em 0; }
    button.link { background: none; border: 0; color: var(--accent); text-decoration: underline; padding: 0; margin: 0; }
    button.danger { color: var(--bad); }
    button[disabled] { opacity: .6; cursor: progress; }
    .dropzone { border: 2px dashed #8a93a0; border-radius: 8px; padding: 1em; text-align: center; background: #fff; }
    .dropzone.over { border-color: var(--accent); background: #e8f1fb; }
    .dropzone input[type=file] { display: block; margin: .6em auto; }
    #chosen { list-style: none; padding: 0; margin: .3em 0; }
    .subtle { color: var(--muted); }
    .alert { border-left: 5px solid var(--bad); background: #fdecec; padding: .6em .8em; margin: .6em 0; white-space: pre-wrap; }
    .ok { color: var(--ok); font-weight: bold; }
    table { border-collapse: collapse; margin: .5em 0; }
    th, td { border: 1px solid var(--line); padding: .3em .6em; text-align: left; vertical-align: top; }
    thead th { background: var(--panel); }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    tr.error td:first-child { color: var(--bad); font-weight: bold; }
    tr.warning td:first-child { color: var(--warn); font-weight: bold; }
    .table-wrap { overflow-x: auto; }
    .chart-layout { display: grid; grid-template-columns: minmax(16em, 22em) 1fr; gap: 1.5em; align-items: start; }
    @media (max-width: 900px) { .chart-layout { grid-template-columns: 1fr; } }
    .preview figure { margin: 0; }
    .preview img, #robustness { max-width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
    .preview h2 { margin-top: .3em; }
    .downloads span { margin-right: .5em; }
    .notes { color: var(--muted); }
    #explanation { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
    .scheme-error { cursor: pointer; text-decoration: underline; }
    [hidden] { display: none !important; }
    """
}
