/**
 * The neighbourhood diagram of an entity page, as SVG. It is hidden from
 * screen readers and its links from the keyboard (aria-hidden, tabindex -1):
 * the list of facts on the same page says everything it shows.
 */
import { NODE_STYLE, type NeighbourNode, type NeighbourhoodView } from '../../export/linked-data/neighbourhood-view';
import { html, isSafeHref, type Html } from './html';

const MAX_LABEL = 42;
const MAX_RELATIONS = 44;
const shorten = (t: string, max = MAX_LABEL) => (t.length <= max ? t : `${t.slice(0, max - 1)}…`);

function node(n: NeighbourNode): Html {
  const relations = n.relations.join(', ');
  const text = html`<text x="${n.labelX}" y="${n.labelY}" text-anchor="${n.anchor}" class="node-label">${shorten(n.link.label)}<title>${n.link.label}</title></text><text x="${n.labelX}" y="${n.labelY + 15}" text-anchor="${n.anchor}" class="edge-label">${shorten(relations, MAX_RELATIONS)}<title>${relations}</title></text>`;
  return html`<g class="node node-${n.kind}"><circle cx="${n.x}" cy="${n.y}" r="9" fill="${NODE_STYLE[n.kind].colour}"/>${isSafeHref(n.link.href) ? html`<a href="${n.link.href}" tabindex="-1">${text}</a>` : text}</g>`;
}

export function neighbourhoodSection(view: NeighbourhoodView): Html {
  if (view.nodes.length === 0) return html``;
  const { centre } = view;
  return html`<section aria-labelledby="neighbourhood" class="neighbourhood">
<h2 id="neighbourhood">Neighbourhood</h2>
<p class="muted">${view.nodes.length} directly linked resources; the facts below say the same in words.</p>
<figure>
<div class="scroll"><svg class="neighbourhood" viewBox="0 0 ${view.width} ${view.height}" width="${view.width}" height="${view.height}" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">
${view.nodes.map((n) => html`<line x1="${centre.x}" y1="${centre.y}" x2="${n.x}" y2="${n.y}" class="edge"/>`)}
${view.nodes.map(node)}
<circle cx="${centre.x}" cy="${centre.y}" r="14" class="centre"/>
<text x="${centre.x}" y="${centre.y + 32}" text-anchor="middle" class="centre-label">${shorten(centre.label)}</text>
</svg></div>
<figcaption><span class="muted">Colour by kind:</span> <ul class="legend">${view.kinds.map((k) => html`<li><span class="swatch" style="background:${NODE_STYLE[k].colour}"></span> ${NODE_STYLE[k].label}</li>`)}</ul> <span class="muted">→ a relation of this resource to the other; ← of the other to this one.</span></figcaption>
</figure>
</section>`;
}
