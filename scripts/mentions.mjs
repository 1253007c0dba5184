// Dev helper: print the mentions the scanner finds in a corpus document.
import {readFileSync} from 'node:fs'
import {loadKnowledge} from '../packages/knowledge/dist/index.js'
import {recognize} from '../packages/parser/dist/lib/entities/index.js'
const text = readFileSync(process.argv[2], 'utf8').replace(/\r\n/g, '\n')
const segments = text.split(/\n\s*\n/).map((t, index) => ({index, text: t.trim(), role: index === 0 ? 'title' : 'paragraph'}))
const result = recognize(segments, loadKnowledge({enabled: process.argv[3] !== 'off'}), new Map())
for (const s of result.segments) for (const m of s.mentions.sort((a, b) => a.start - b.start)) {
  const {segment, start, end, kind, ...rest} = m
  console.log(`${segment}:${start} ${kind.padEnd(12)} ${JSON.stringify(s.segment.text.slice(start, end))} ${JSON.stringify(rest).slice(0, 160)}`)
}
