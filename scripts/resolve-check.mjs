// Dev helper: resolve the corpus and print people and meetings.
import {readFileSync, readdirSync} from 'node:fs'
import {decode, parse} from '../packages/parser/dist/index.js'
import {resolve} from '../packages/resolver/dist/index.js'
import {loadKnowledge, emptyKnowledge} from '../packages/knowledge/dist/index.js'
const off = process.argv[2] === 'off'
const knowledge = off ? emptyKnowledge : loadKnowledge()
const docs = readdirSync(new URL('../corpus/', import.meta.url)).sort().map((file) => ({stem: file.slice(0, -4), file, tree: parse(decode(readFileSync(new URL(`../corpus/${file}`, import.meta.url)), file), {knowledge})}))
const corpus = resolve(docs, {knowledge})
for (const p of corpus.people) console.log('P', p.id.split('/').pop(), '|', p.name, '|', p.alternateNames.join('; '), '|', p.sameAs ?? '', '|', p.documents.length, 'docs |', p.posts.map(x => x.name).join(' / '))
const name = (id) => corpus.people.find((p) => p.id === id)?.name
const org = (id) => corpus.organizations.find((o) => o.id === id)?.name
for (const m of corpus.meetings) {
  console.log('M', m.id.split('/').pop(), '|', m.name, '|', m.startDate, m.kind, m.mode, '| org', org(m.organization), '| organizer', org(m.organizer), '| reported', m.reportedBy.join(','))
  for (const a of m.participants) console.log('   ', a.chair ? 'CHAIR' : '     ', name(a.person), '|', a.role, '|', a.country, '|', org(a.organization) ?? '', '|', a.status, '|', a.sources.join(';'))
}
console.log('quotations', corpus.quotations.length, 'orgs', corpus.organizations.length, 'countries', corpus.countries.length, 'places', corpus.places.length, 'citations', corpus.citations.map(c => c.title + (c.matches ? ' → ' + c.matches : '')).join(' | '))
