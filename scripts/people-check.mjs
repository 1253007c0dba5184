// Dev helper: compare each document's people with the gold persons.
import {readFileSync, readdirSync} from 'node:fs'
import {decode, parse} from '../packages/parser/dist/index.js'
import {fold} from '../packages/knowledge/dist/index.js'
let tp = 0, fp = 0, fn = 0
for (const name of readdirSync(new URL('../corpus/', import.meta.url)).sort()) {
  const stem = name.slice(0, -4)
  const gold = JSON.parse(readFileSync(new URL(`../test/gold/${stem}.json`, import.meta.url), 'utf8'))
  const tree = parse(decode(readFileSync(new URL(`../corpus/${name}`, import.meta.url)), name))
  const ours = tree.people.map((p) => [p.name, ...p.variants].map(fold))
  const golds = gold.persons.map((p) => [p.name, ...p.variants].map(fold))
  const matched = new Set()
  const lines = []
  for (const g of gold.persons) {
    const i = ours.findIndex((forms, i) => !matched.has(i) && forms.includes(fold(g.name)))
    if (i >= 0) { tp++; matched.add(i); const p = tree.people[i]; if (p.name !== g.name || JSON.stringify(p.variants) !== JSON.stringify(g.variants)) lines.push(`  ~ ${g.name} ${JSON.stringify(g.variants)} vs ${p.name} ${JSON.stringify(p.variants)}`) }
    else { fn++; lines.push(`  - missing ${g.name} (${g.role})`) }
  }
  tree.people.forEach((p, i) => { if (!matched.has(i)) { fp++; lines.push(`  + extra ${p.name} ${JSON.stringify(p.variants)} ${JSON.stringify(p.roles.map(r => r.post))}`) } })
  if (lines.length) console.log(stem + '\n' + lines.join('\n'))
}
const P = tp / (tp + fp), R = tp / (tp + fn)
console.log({tp, fp, fn, precision: P.toFixed(3), recall: R.toFixed(3), f1: (2 * P * R / (P + R)).toFixed(3)})
