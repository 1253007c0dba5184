// Dev helper: parse the corpus and compare root metadata and counts with the gold files.
import {readFileSync, readdirSync} from 'node:fs'
import {decode, parse} from '../packages/parser/dist/index.js'
const dir = new URL('../corpus/', import.meta.url)
const counts = (tree) => {
  let recitals = 0, clauses = 0
  for (const c of tree.children) {
    if (c.type === 'preamble') recitals += c.children.filter((x) => x.type === 'recital').length
    if (c.type === 'operative') clauses += c.children.length
  }
  return {recitals, clauses}
}
const score = {kind: 0, date: 0, title: 0, dateline: 0, publisher: 0, counts: 0}
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const stem = name.replace(/\.txt$/, '')
  const gold = JSON.parse(readFileSync(new URL(`../test/gold/${stem}.json`, import.meta.url), 'utf8'))
  const file = decode(readFileSync(new URL(name, dir)), name)
  const tree = parse(file)
  const c = counts(tree)
  const row = [stem.slice(0, 24).padEnd(24)]
  for (const key of ['kind', 'date', 'title', 'dateline', 'publisher']) {
    const ok = JSON.stringify(tree[key]) === JSON.stringify(gold[key])
    if (ok) score[key]++
    else row.push(`${key}: ${JSON.stringify(tree[key])} ≠ ${JSON.stringify(gold[key])}`)
  }
  const okc = c.recitals === gold.recitals && c.clauses === gold.operative_clauses
  if (okc) score.counts++
  else row.push(`counts ${c.recitals}/${c.clauses} ≠ ${gold.recitals}/${gold.operative_clauses}`)
  for (const m of file.messages) row.push(`MSG ${m.line}:${m.column} ${m.reason.slice(0, 80)}`)
  console.log(row.join('\n    '))
}
console.log(score)
