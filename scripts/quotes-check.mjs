// Dev helper: quotations and attendees against the gold, per document.
import {readFileSync, readdirSync} from 'node:fs'
import {decode, parse} from '../packages/parser/dist/index.js'
import {fold} from '../packages/knowledge/dist/index.js'
import {toString, visit} from '../packages/doctree/dist/index.js'
let qok = 0, qtotal = 0, atp = 0, afp = 0, afn = 0, chairs = 0, chairsOk = 0
for (const name of readdirSync(new URL('../corpus/', import.meta.url)).sort()) {
  const stem = name.slice(0, -4)
  const gold = JSON.parse(readFileSync(new URL(`../test/gold/${stem}.json`, import.meta.url), 'utf8'))
  const tree = parse(decode(readFileSync(new URL(`../corpus/${name}`, import.meta.url)), name))
  const quotes = []
  visit(tree, (node) => { if (node.type === 'quote') quotes.push(node) })
  const nameOf = (entity) => { const p = tree.people.find((x) => x.entity === entity); return p ? [p.name, ...p.variants].map(fold) : [] }
  const lines = []
  for (const g of gold.quotes) {
    qtotal++
    const start = fold(g.start)
    const q = quotes.find((x) => fold(toString(x)).startsWith(start.slice(0, 25)))
    if (!q) { lines.push(`  Q missing "${g.start}"`); continue }
    if (nameOf(q.speaker).includes(fold(g.speaker))) qok++
    else lines.push(`  Q wrong "${g.start}" → ${q.speaker} (${nameOf(q.speaker)[0]}) want ${g.speaker}`)
  }
  const parts = tree.meeting?.participants ?? []
  const matched = new Set()
  for (const g of gold.attendees) {
    const i = parts.findIndex((p, i) => !matched.has(i) && nameOf(p.entity).includes(fold(g.name)))
    if (i >= 0) { atp++; matched.add(i); if (g.chair) { chairs++; if (parts[i].chair) chairsOk++ } else if (parts[i].chair) lines.push(`  A wrong chair ${g.name}`) }
    else { afn++; lines.push(`  A missing ${g.name}`); if (g.chair) chairs++ }
  }
  parts.forEach((p, i) => { if (!matched.has(i)) { afp++; lines.push(`  A extra ${nameOf(p.entity)[0]} (${p.basis})`) } })
  const m = tree.meeting
  console.log(`${stem}: ${m ? `${m.name} | org=${m.organization} body=${m.body} kind=${m.kind} date=${m.date} mode=${m.mode} place=${m.place}` : 'no meeting'}`)
  if (lines.length) console.log(lines.join('\n'))
}
const P = atp / (atp + afp), R = atp / (atp + afn)
console.log({quotes: `${qok}/${qtotal}`, attendees: {atp, afp, afn, f1: (2 * P * R / (P + R)).toFixed(3)}, chairs: `${chairsOk}/${chairs}`})
