/**
 * The one style sheet, inline so that a page is one request and works
 * offline. Colours keep a contrast of at least 7:1 (WCAG 2.2 AAA) for text
 * and links; focus is always visible.
 */
export const STYLE = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #4a4a4a; --link: #0b4f8a; --bg: #ffffff; --panel: #f3f5f8; --line: #c9ced6; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
a:focus, button:focus, input:focus, main:focus { outline: 3px solid #b35900; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header { background: #0b2545; }
header nav { display: flex; flex-wrap: wrap; gap: 1.2rem; padding: .8rem 1.5rem; max-width: 72rem; margin: 0 auto; }
header a { color: #ffffff; text-decoration: none; }
header a:hover, header a:focus { text-decoration: underline; }
header .brand { font-weight: 700; }
main { display: block; max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); padding: 1rem 1.5rem; max-width: 72rem; margin: 0 auto; }
h1 { font-size: 1.9rem; margin: 1rem 0 .3rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-bottom: .3rem; }
.muted, .iri { color: var(--muted); }
.iri { font-family: ui-monospace, monospace; font-size: .9rem; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .45rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 4px solid #5b6b80; background: var(--panel); }
.fact { margin: 0 0 1.2rem; padding: .6rem .9rem; border: 1px solid var(--line); border-radius: 4px; }
.fact p { margin: .2rem 0; }
.formats a { margin-right: .8rem; }
ul.plain { padding-left: 1.2rem; }
ul.relations { padding-left: 1rem; margin: 0; }
.scroll { overflow-x: auto; }
ul.relations > li { margin-bottom: .6rem; }
dl.term { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.term dt { font-weight: 600; }
dl.term dd { margin: 0; }
section.term { border-top: 1px solid var(--line); padding-top: .5rem; }
code { font-family: ui-monospace, monospace; }
form.as-of, form.picker, form.search { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin: 1rem 0 .4rem; }
input, select, button { font: inherit; padding: .25rem .5rem; border: 1px solid #5b6b80; border-radius: 3px; background: var(--bg); color: var(--fg); }
button { background: #0b2545; color: #ffffff; border-color: #0b2545; cursor: pointer; }
nav.changes { font-size: .95rem; }
nav.changes a { margin-right: .4rem; white-space: nowrap; }
nav.changes a[aria-current] { font-weight: 700; }
.state-of-play h3 { margin-top: 1.2rem; }
fieldset { border: 1px solid var(--line); padding: .4rem .8rem; margin: 0; flex-basis: 100%; }
label.choice { display: inline-block; margin-right: 1rem; white-space: nowrap; }
table.matrix td { min-width: 12rem; }
table.matrix tr.differs th[scope="row"] { border-left: 4px solid #b35900; }
ul.statements { list-style: none; padding-left: 1.2rem; margin: .1rem 0 .3rem; font-size: .92rem; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
.symbol { display: inline-block; width: 1.1em; text-align: center; }
li.faded > strong, li.faded > .symbol { color: var(--muted); font-weight: 400; }
.status { font-size: .85rem; border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; }
details summary { cursor: pointer; color: var(--link); }
svg.timeline-svg, svg.neighbourhood { max-width: 100%; height: auto; font-family: system-ui, sans-serif; }
svg .axis { stroke: #5b6b80; stroke-width: 1.5; }
svg .tick { stroke: #d5d9df; }
svg .guide { stroke: #eef0f3; }
svg .tick-label { font-size: 12px; fill: #4a4a4a; }
svg .event-label { font-size: 13px; fill: #1a1a1a; }
svg a .event-label { fill: #0b4f8a; }
svg a:hover .event-label { text-decoration: underline; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 50%; vertical-align: -.1em; }
ol.events li { margin-bottom: .2rem; }
svg .edge { stroke: #9aa4b1; stroke-width: 1.2; }
svg .centre { fill: #0b2545; }
svg .centre-label { font-size: 15px; font-weight: 700; fill: #1a1a1a; }
svg .node-label { font-size: 13px; fill: #0b4f8a; }
svg .edge-label { font-size: 11.5px; fill: #4a4a4a; }
blockquote q { quotes: "“" "”"; }
.context { color: var(--muted); }
.note { margin: .4rem 0; padding: .3rem .8rem; border-left: 4px dashed #5b6b80; }
.source-text { white-space: pre-wrap; background: var(--panel); border: 1px solid var(--line); padding: .8rem 1rem; line-height: 1.8; }
.source-text mark { background: #fff0b3; color: var(--fg); }
.source-text a.quoted { color: inherit; text-decoration-color: var(--link); }
.source-text .anchor:target + a mark { outline: 3px solid #b35900; }
header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1rem; padding-right: 1.5rem; }
header nav { flex: 1 1 auto; margin: 0; }
form.site-search { display: flex; gap: .4rem; padding: .5rem 1.5rem; }
form.site-search input { width: 16rem; max-width: 60vw; }
form.site-search button { background: #ffffff; color: #0b2545; border-color: #ffffff; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ol.results li { margin-bottom: .6rem; }
pre.source { overflow-x: auto; background: var(--panel); border: 1px solid var(--line); padding: .8rem; font-size: .85rem; }
`;
