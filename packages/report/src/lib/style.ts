/**
 * The page's style sheet: system fonts only (no web fonts, nothing fetched), one colour per kind of
 * highlight, print-friendly. It is inlined in a `<style>` element allowed by its hash in the page's
 * Content-Security-Policy.
 */
export const styleSheet = `
:root {
  color-scheme: light;
  --text: #1d2330; --muted: #5b6474; --line: #d9dee7; --paper: #ffffff; --ground: #f4f6f9; --accent: #1f5aa6;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  --serif: Charter, "Bitstream Charter", Georgia, "Noto Serif", "Liberation Serif", "DejaVu Serif", serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
  --person: #ffe08a; --person-line: #b58900;
  --role: #ffd3b3; --role-line: #c8601c;
  --country: #c3e3ff; --country-line: #1f6fb2;
  --organization: #e0d5ff; --organization-line: #5b3cc4;
  --place: #c9efd2; --place-line: #23824a;
  --date: #ffd6e6; --date-line: #b83280;
  --citation: #e6e6e6; --citation-line: #555555;
  --quote: #d8f1ec; --quote-line: #177466; --quote-rule: #5fae9f;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--ground); color: var(--text); font: 16px/1.55 var(--sans); }
a { color: var(--accent); text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; border-radius: 2px; }
code { font-family: var(--mono); font-size: .86em; }
h1, h2, h3, h4 { line-height: 1.25; }
.page-header { background: #14233c; color: #fff; padding: 1.6rem 2rem 1.4rem; }
.page-header h1 { margin: 0 0 .35rem; font-size: 1.9rem; font-weight: 700; letter-spacing: -.01em; }
.page-header p { margin: 0; color: #c9d4e6; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 1.4rem; list-style: none; margin: .9rem 0 0; padding: 0; }
.summary li { color: #c9d4e6; }
.summary strong { color: #fff; font-size: 1.25rem; margin-right: .25rem; }
.layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 1.5rem; max-width: 92rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
.sidebar { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font-size: .88rem;
  background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.1rem; }
.sidebar h2 { font-size: .78rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 .5rem; }
.toc, .toc ol { list-style: none; margin: 0; padding: 0; }
.toc > li { margin: .35rem 0; font-weight: 600; }
.toc ol { margin: .25rem 0 .5rem .2rem; padding-left: .6rem; border-left: 2px solid var(--line); font-weight: 400; font-size: .8rem; line-height: 1.35; }
.toc ol li { margin: .3rem 0; }
.toc ol a { color: var(--text); text-decoration: none; }
.toc ol a:hover { color: var(--accent); text-decoration: underline; }
.toc-docs code { font-size: .8rem; }
.count { color: var(--muted); font-weight: 400; font-size: .8rem; background: var(--ground); border-radius: 1em; padding: 0 .45em; }
#contents { margin-top: 1rem; padding-top: .9rem; border-top: 1px solid var(--line); }
.legend { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: .4rem; }
.key.m-quote { border-bottom: 2px dashed var(--quote-rule); }
.key { display: block; padding: .15rem .45rem; border-radius: 4px; border-bottom: 3px solid; font-size: .85rem; }
.hint { color: var(--muted); font-size: .8rem; margin: .7rem 0 0; }
main { min-width: 0; }
.part { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1.4rem 1.5rem 1.6rem; margin-bottom: 1.8rem; }
.part > h2 { margin: 0 0 .3rem; font-size: 1.5rem; }
.lead { margin: 0 0 1.2rem; color: var(--muted); }
.none { color: var(--muted); }
.meeting { border-top: 1px solid var(--line); padding-top: 1.1rem; margin-top: 1.1rem; scroll-margin-top: 1rem; }
.meeting h3 { margin: 0 0 .6rem; font-size: 1.15rem; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1rem; margin: 0 0 1rem; font-size: .92rem; }
.facts > div { display: contents; }
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; }
.refs, .names, .posts, .members { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .7rem; }
.posts { display: block; }
.names li:not(:last-child)::after { content: ";"; color: var(--muted); }
.table-wrap { overflow-x: auto; }
table.participants { width: 100%; border-collapse: collapse; font-size: .87rem; }
.participants caption { text-align: left; font-weight: 600; color: var(--muted); padding: 0 0 .4rem; }
.participants th, .participants td { text-align: left; vertical-align: top; padding: .5rem .5rem; border-bottom: 1px solid var(--line); }
.participants thead th { background: #eef2f7; color: #3a4456; font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; border-bottom: 2px solid #c5cdd9; white-space: nowrap; }
.participants tbody tr:nth-child(even) { background: #f8fafc; }
.participants tbody tr:hover { background: #eef5ff; }
.participants tr.is-chair { background: #fff8e1; }
.participants .name { font-weight: 600; white-space: nowrap; }
.participants .post { min-width: 10rem; }
.participants .sources { min-width: 9rem; }
.participants .sources code { font-size: .7rem; }
.participants .sources li { line-height: 1.3; margin-bottom: .2rem; }
.participants .sources .refs { display: block; }
.badge { display: inline-block; font-size: .74rem; font-weight: 600; line-height: 1.5; padding: 0 .5em; border-radius: 1em; background: #e8ecf2; color: #3a4456; white-space: nowrap; }
.badge-chair { background: #f0b400; color: #1d2330; }
.badge-chair::before { content: "\\2605\\00a0"; }
.status-member { background: #dcefe1; color: #1d5e33; }
.status-observer { background: #e3e9f7; color: #2b4a8a; }
.status-secretariat { background: #f1e3f5; color: #6a2b7d; }
.kind-news { background: #e3e9f7; color: #2b4a8a; }
.kind-statement { background: #dcefe1; color: #1d5e33; }
.kind-speech { background: #fde9d9; color: #8a4413; }
.document { border-top: 1px solid var(--line); padding-top: 1.3rem; margin-top: 1.3rem; scroll-margin-top: 1rem; }
.doc-header h3 { margin: .1rem 0 .6rem; font-size: 1.25rem; max-width: 48rem; }
.doc-stem { margin: 0; font-size: .85rem; }
.doc-stem a { color: var(--muted); text-decoration: none; }
.untitled { color: var(--muted); font-style: italic; }
.doc-text { font-family: var(--serif); font-size: 1.06rem; line-height: 1.7; max-width: 46rem; border-left: 3px solid var(--line); padding-left: 1.2rem; }
.doc-text p { margin: 0 0 .8em; }
.doc-text h4 { font-family: var(--sans); margin: .2em 0 .7em; }
.doc-text .b-title { font-size: 1.05rem; text-transform: none; }
.doc-text .b-subheading { font-size: 1rem; color: #3a4456; }
.b-stamp { font: .8rem var(--mono); color: var(--muted); }
.b-standfirst { font-size: 1.12rem; font-style: italic; }
.b-boilerplate { color: var(--muted); font-size: .9rem; font-family: var(--sans); }
.b-boilerplate::before { content: attr(data-reason); display: inline-block; font-size: .68rem; text-transform: uppercase; letter-spacing: .06em;
  border: 1px solid var(--line); border-radius: 3px; padding: 0 .35em; margin-right: .5em; vertical-align: .1em; }
.b-venue, .b-salutation { font-style: italic; }
.b-preamble { margin: 0 0 1em; }
.b-recital { padding-left: 1.2rem; }
.b-formula { font-weight: 600; }
.b-clause, .b-point { display: grid; grid-template-columns: 2.4rem minmax(0, 1fr); margin: 0 0 .5em; }
.b-clause .num, .b-point .num { font-family: var(--sans); font-weight: 600; color: var(--muted); font-variant-numeric: tabular-nums; }
.b-clause .body > p, .b-point .body > p { margin: 0 0 .4em; }
.b-closing { font-style: italic; }
.b-signature { white-space: pre-line; font-family: var(--sans); font-size: .95rem; border-left: 3px solid var(--line); padding-left: .8rem; margin: 0 0 1em; }
.dateline { font-weight: 700; font-family: var(--sans); font-size: .92em; }
.agency { font-variant: small-caps; }
.label { font-family: var(--sans); }
mark[class^="m-"] { color: inherit; padding: 0 .12em; border-radius: 3px; border-bottom: 2px solid; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark[class^="m-"] a { color: inherit; text-decoration: none; }
mark[class^="m-"] a:hover { text-decoration: underline; }
.m-person { background: var(--person); border-color: var(--person-line); }
.m-role { background: var(--role); border-color: var(--role-line); }
.m-country { background: var(--country); border-color: var(--country-line); }
.m-organization { background: var(--organization); border-color: var(--organization-line); }
.m-place { background: var(--place); border-color: var(--place-line); }
.m-date { background: var(--date); border-color: var(--date-line); }
.m-citation { background: var(--citation); border-color: var(--citation-line); }
.m-quote { background: var(--quote); border-color: var(--quote-rule); border-bottom-width: 1px; border-bottom-style: dashed; }
.speaker { display: inline-block; font: 600 .72rem/1.5 var(--sans); background: var(--quote-line); color: #fff; border-radius: 1em; padding: 0 .55em; margin-left: .3em; vertical-align: .12em; white-space: nowrap; }
.speaker::before { content: "\\2014\\00a0"; }
.speaker a { color: #fff; text-decoration: none; }
.speaker a:hover { text-decoration: underline; }
.entries { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
.entries.compact { grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.entry { border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; scroll-margin-top: 1rem; font-size: .92rem; }
.entry:target { outline: 3px solid #f0b400; background: #fffbea; }
.entry h3 { margin: 0 0 .2rem; font-size: 1.05rem; }
.entry .facts { margin: .3rem 0 0; grid-template-columns: minmax(0, 1fr); gap: 0; }
.entry .facts dt { font-size: .7rem; text-transform: uppercase; letter-spacing: .06em; margin-top: .45rem; }
.entry .refs code { font-size: .78rem; }
.honorific, .acronym, .code { color: var(--muted); font-weight: 400; font-size: .85em; }
.external { overflow-wrap: anywhere; font-size: .85em; }
.iri { margin: 0; color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }
.serves { color: var(--muted); }
.chart { margin: 0; }
.chart-scroll { overflow-x: auto; }
.chart svg { display: block; font: 12px var(--sans); }
.chart text { fill: var(--text); }
.chart text.col { font-size: 11px; font-family: var(--mono); }
.chart text.row { text-anchor: end; }
.chart text.total { fill: var(--muted); }
.chart a:hover text { fill: var(--accent); text-decoration: underline; }
.chart rect.band { fill: #f6f8fb; }
.chart rect.off { fill: #eef1f5; }
.chart rect.on { fill: var(--accent); }
.chart a:hover rect.on { fill: #f0b400; }
.chart-text { margin-top: 1rem; font-size: .9rem; }
.chart-text summary { cursor: pointer; color: var(--accent); }
.page-footer { text-align: center; color: var(--muted); font-size: .85rem; padding: 0 0 2rem; }
@media (max-width: 60rem) {
  .layout { grid-template-columns: minmax(0, 1fr); padding: 1rem; }
  .sidebar { position: static; max-height: none; }
}
@media print {
  body { background: #fff; }
  .layout { display: block; }
  .sidebar { position: static; max-height: none; border: 0; }
  .part { border: 0; padding: 0; }
  mark[class^="m-"] { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
