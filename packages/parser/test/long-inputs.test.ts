// The quotation and meeting readers read backwards from where they stand instead of over the whole
// text before it, so a long paragraph costs time in proportion to its length. Checked against the
// original definitions (kept below as reference implementations) on generated texts (seeded), and
// on a long paragraph full of quotations and reporting verbs.
import type {PersonRecord} from '@communique/doctree'
import {parse} from '@communique/parser'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {byTitle, lowercaseWordBefore, pronounBefore, tagBefore, theTitleBefore, trimSpaceAndCommas} from '../src/lib/entities/attribution.js'
import {meetingPhrase, modifierBefore, quotationTracker} from '../src/lib/entities/meeting.js'
import type {PersonMention, RoleMention} from '../src/lib/entities/scan.js'
import {reportingVerbs} from '../src/lib/entities/words.js'

/** Names, with the entity each stands for. */
const names = new Map([
  ['Aliya Nurova', 'p1'],
  ['Nurova', 'p1'],
  ['Omuraliev', 'p2'],
  ['Tomás Vidal', 'p3']
])
/** Posts, as the text gives them. */
const posts = ['Foreign Minister', 'foreign minister', 'Secretary General', 'minister']

const pieces = [
  ...names.keys(), ...posts, 'the', 'The', 'THE', 'ThE', 'the foreign minister', 'the Secretary General of the OTS', 'the minister',
  'thé', 'bathe', 'lathe', 'other', 'ſ', 'K', 'he', 'she', 'they', 'I', 'i', 'He', 'SHE', 'They', 'HE', 'ache', 'tithe', '(I', '(he',
  ';she', ':they', 'said', 'added', 'noted', 'stressed', 'told', 'wrote', 'also', 'further', 'then', 'later', 'again', 'once again',
  'however', 'himself', 'in turn', 'in', 'turn', 'of', 'and', 'a', 'an', 'that', 'was', 'held', 'during', 'with', 'extraordinary',
  'Extraordinary', 'ordinary', 'virtually', 'Ministers’', "Ministers'", 'Council', 'Foreign', 'Ministers', '11th', 'U.S.-ASEAN',
  '+', '2022', 'No.', 'member-states', '(OTS)', '(CSTO)', 'meeting', 'summit', 'session', 'conference', 'videoconference',
  'Organization', 'Turkic', 'States', 'between', 'for', 'observer', 'countries', 'meeting of the', 'summit between', 'session of',
  'of the Council of Foreign Ministers', 'of the Organization of Turkic States (OTS)', 'heads of state', '𝐚𝐛', '𝐀𝐁', '\uD835', '\uDC1A', 'é', 'e\u0301', '٣',
  '“', '”', '«', '»', '„', '"', "'", '’', '‘', ',', ', ', ',,', '.', '. ', ':', ';', '(', ')', '-', '—', '…', ' ', '  ', '\t', '\n',
  '\u00A0', '\u2028', '\u3000', '\uFEFF', ' '.repeat(70), '\n'.repeat(3), ' , '
]

/** A generated text, with the people and posts it names where they stand. */
interface Generated {
  text: string
  persons: PersonMention[]
  roles: RoleMention[]
}

/**
 * Texts of random pieces (seeded): words, stopwords, names, posts, pronouns, reporting verbs,
 * adverbs, quotation marks, apostrophes, commas, white space of every kind and surrogates.
 */
function generate(count: number, seed: number, longest: number): Generated[] {
  // mulberry32: 32-bit state, every bit of it used.
  let state = seed
  const random = (bound: number) => {
    state = (state + 0x6d_2b_79_f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) % bound
  }
  const result: Generated[] = []
  for (let index = 0; index < count; index++) {
    let text = ''
    const persons: PersonMention[] = []
    const roles: RoleMention[] = []
    for (let length = random(longest); length > 0; length--) {
      const piece = pieces[random(pieces.length)]!
      const entity = names.get(piece)
      // Most names and posts are mentions; some are not (as when the scanner misses one).
      if (entity && random(5) > 0) persons.push(personAt(piece, entity, text.length))
      if (posts.includes(piece) && random(5) > 0) roles.push(roleAt(piece, text.length))
      text += piece + (random(3) === 0 ? '' : ' ')
    }
    result.push({text, persons, roles})
  }
  return result
}

/** A person mention of a name at an offset. */
function personAt(name: string, entity: string, start: number): PersonMention {
  return {kind: 'person', segment: 0, start, end: start + name.length, name, words: name.toLowerCase().split(' '), evidence: 'verb', honorific: null, role: null, entity}
}

/** A post mention at an offset. */
function roleAt(post: string, start: number): RoleMention {
  const fn = post.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
  return {kind: 'role', segment: 0, start, end: start + post.length, post, function: fn, country: null, organization: null, plural: false}
}

/** People whose posts `the foreign minister` and `the Secretary General` point to. */
const records: PersonRecord[] = [
  {entity: 'p1', name: 'Aliya Nurova', variants: ['Nurova'], honorific: null, roles: [{post: 'Foreign Minister of Kazakhstan', function: 'Foreign Minister', country: 'KZ', organization: null}]},
  {entity: 'p2', name: 'Omuraliev', variants: [], honorific: null, roles: [{post: 'Secretary General of the OTS', function: 'Secretary General', country: null, organization: 'OTS'}]},
  {entity: 'p3', name: 'Tomás Vidal', variants: [], honorific: null, roles: []}
]

const generated = generate(1500, 11, 60)

/** Offsets to stand at in a text: every one for a short text, a spread of them for a longer one. */
function offsets(text: string): number[] {
  const step = Math.max(1, Math.floor(text.length / 40))
  const result: number[] = []
  for (let at = 0; at <= text.length; at += step) result.push(at)
  result.push(text.length)
  return result
}

// ---------------------------------------------------------------------------------------------
// The original definitions, as they were before the readers read backwards.

const window = 300
const adverbs = /^(?:further|also|then|later|again|however|himself|herself|earlier|once\s+again|in\s+turn)$/i

const reference = {
  tagBefore(
    text: string,
    sentenceStart: number,
    end: number,
    persons: PersonMention[],
    roles: RoleMention[],
    people: readonly PersonRecord[],
    pronounTarget: () => string | null,
    speaker: string | null
  ): string | null {
    sentenceStart = Math.max(sentenceStart, end - window)
    const before = text.slice(sentenceStart, Math.max(sentenceStart, end))
    const participles = new Set(['saying', 'adding', 'noting', 'stressing', 'warning', 'insisting', 'arguing', 'declaring', 'telling'])
    const verbs = [...before.matchAll(/\b(\p{Ll}+)\b/gu)].filter((match) => reportingVerbs.has(match[1]!) || participles.has(match[1]!))
    for (let index = verbs.length - 1; index >= 0; index--) {
      const verb = verbs[index]!
      const verbStart = sentenceStart + verb.index
      if (participles.has(verb[1]!)) {
        if (!/,\s*$/.test(text.slice(Math.max(sentenceStart, verbStart - 3), verbStart))) continue
        const first = persons.find((mention) => mention.start >= sentenceStart && mention.end <= verbStart)
        if (first) return first.entity
        continue
      }
      let cursor = verbStart
      const dash = /\s*[—–]\s*$/.exec(text.slice(Math.max(sentenceStart, cursor - 4), cursor))
      if (dash) cursor -= dash[0].length
      let gap = text.slice(0, cursor)
      const adverb = /\s+(\p{Ll}+)\s*$/u.exec(gap)
      if (adverb && adverbs.test(adverb[1]!)) {
        cursor -= adverb[0].length
        gap = text.slice(0, cursor)
      }
      const between = /(?:,\s*)?(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|earlier|later|this\s+week)\s*,?\s*$/i.exec(text.slice(Math.max(sentenceStart, cursor - 30), cursor))
      if (between) {
        cursor -= between[0].length
        gap = text.slice(0, cursor)
      }
      let trimmed = gap.replace(/[\s,]+$/, '')
      let subjectEnd = trimmed.length
      let person = persons.find((mention) => mention.end === subjectEnd && mention.start >= sentenceStart)
      if (!person) {
        const from = Math.max(sentenceStart, cursor - 160)
        const clause = /,\s*(?:who|whose)\s[^“”"«»]{1,140}?,\s*$|,\s*(?:a|an|the)\s[^“”"«»,]{1,100},\s*$/u.exec(text.slice(from, cursor))
        if (clause) {
          trimmed = text.slice(0, from + clause.index).replace(/[\s,]+$/, '')
          subjectEnd = trimmed.length
          person = persons.find((mention) => mention.end === subjectEnd && mention.start >= sentenceStart)
        }
      }
      if (person) return person.entity
      const pronoun = /(?:^|[\s,;:(])(he|she|they|I)$/i.exec(trimmed)
      if (pronoun) return pronoun[1] === 'I' ? speaker : pronounTarget()
      const role = roles.find((mention) => mention.end === subjectEnd && mention.start >= sentenceStart)
      if (role) return byTitle(role.post, [role], people)
      const title = /\bthe\s+([\p{L}’' -]{2,60})$/iu.exec(trimmed)
      const titled = title ? byTitle(title[1]!, roles, people) : null
      if (titled) return titled
    }
    return null
  },

  meetingPhrase(text: string, start: number, end: number, sentence: {start: number; end: number}): {start: number; end: number; text: string} {
    let from = start
    for (;;) {
      const before = text.slice(sentence.start, from)
      const word = /(?:^|\s)([\p{L}\d.+’'-]+|\+|\d+)\s*$/u.exec(before)
      if (!word) break
      const value = word[1]!
      if (/^(?:the|a|an|this|that|its|their|our|of|in|on|at|to|for|and|by|was|were|is|held|has|have|had|said|during|after|before|with|from|following|addressing|attending)$/i.test(value)) break
      from = sentence.start + word.index + word[0].length - word[1]!.length - (before.length - before.trimEnd().length)
      if (from <= sentence.start) break
    }
    let to = end
    const words = [...text.slice(end, sentence.end).matchAll(/\s*(\([\p{Lu}\d+ -]+\)|[\p{L}\d’'.+-]+)/gu)]
    if (words[0] && /^(?:of|between)$/i.test(words[0][1]!)) {
      let consumed = 0
      let last = 0
      for (const [position, word] of words.entries()) {
        if (word.index !== consumed) break
        const value = word[1]!
        const ok =
          position === 0 ||
          value.startsWith('(') ||
          /^[\p{Lu}\d]/u.test(value) ||
          /^(?:of|the|and|for|member|member-states|states|observer|countries|foreign|ministers|heads|state|leaders|organization[’']s|government|governments)$/i.test(value)
        if (!ok) break
        consumed += word[0].length
        if (!/^(?:of|the|and|for|between)$/i.test(value)) last = consumed
      }
      to = end + last
    }
    while (to > end && /[\s,.]/.test(text[to - 1]!)) to--
    return {start: from, end: to, text: text.slice(from, to)}
  },

  insideQuotation(text: string, at: number): boolean {
    const before = text.slice(0, at)
    const opened = (before.match(/[“«]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length
    const straight = (before.match(/"/g) ?? []).length % 2
    return opened > 0 || straight === 1
  }
}

// ---------------------------------------------------------------------------------------------

describe('reading backwards before a reporting verb (against the original expressions)', () => {
  it('should find the lowercase word before an offset as `/\\s+(\\p{Ll}+)\\s*$/u` does', () => {
    for (const {text} of generated) {
      for (const at of offsets(text)) {
        const match = /\s+(\p{Ll}+)\s*$/u.exec(text.slice(0, at))
        expect(lowercaseWordBefore(text, at)).toEqual(match ? {word: match[1]!, start: at - match[0].length} : null)
      }
    }
  })

  it('should drop white space and commas before an offset as `/[\\s,]+$/` does', () => {
    for (const {text} of generated) {
      for (const at of offsets(text)) expect(trimSpaceAndCommas(text, at)).toBe(text.slice(0, at).replace(/[\s,]+$/, '').length)
    }
  })

  it('should find a pronoun that ends the text at an offset as `/(?:^|[\\s,;:(])(he|she|they|I)$/i` does', () => {
    for (const {text} of generated) {
      for (const at of offsets(text)) expect(pronounBefore(text, at)).toBe(/(?:^|[\s,;:(])(he|she|they|I)$/i.exec(text.slice(0, at))?.[1] ?? null)
    }
  })

  it('should find `the …` that ends the text at an offset as `/\\bthe\\s+([\\p{L}’\' -]{2,60})$/iu` does', () => {
    for (const {text} of generated) {
      for (const at of offsets(text)) expect(theTitleBefore(text, at)).toBe(/\bthe\s+([\p{L}’' -]{2,60})$/iu.exec(text.slice(0, at))?.[1] ?? null)
    }
  })

  it('should find `the …` after white space of any length, and not inside a word', () => {
    expect(theTitleBefore(`x the${' '.repeat(500)}minister`, 514)).toBe('minister')
    expect(theTitleBefore(`x the${'\n'.repeat(500)}foreign minister`, 522)).toBe('foreign minister')
    expect(theTitleBefore(`${'a'.repeat(100)}the minister`, 112)).toBeNull()
    expect(theTitleBefore(`${'a'.repeat(100)} the minister`, 113)).toBe('minister')
    expect(theTitleBefore(`the ${'a'.repeat(61)}`, 65)).toBeNull()
    expect(theTitleBefore(`the ${'a'.repeat(60)}`, 64)).toBe('a'.repeat(60))
    // Sixty letters outside the BMP: 120 UTF-16 units.
    expect(theTitleBefore(`x the ${'𝐀'.repeat(60)}`, 126)).toBe('𝐀'.repeat(60))
    expect(theTitleBefore(`x the ${'𝐀'.repeat(61)}`, 128)).toBeNull()
  })

  it('should attribute as the original `tagBefore` does, for every sentence start and quotation', () => {
    let attributed = 0
    for (const {text, persons, roles} of generated) {
      for (const end of offsets(text)) {
        for (const sentenceStart of [0, Math.floor(end / 2), Math.max(0, end - 40), end]) {
          const expected = reference.tagBefore(text, sentenceStart, end, persons, roles, records, () => 'pronoun', 'speaker')
          expect(tagBefore(text, sentenceStart, end, persons, roles, () => records, () => 'pronoun', 'speaker')).toBe(expected)
          if (expected !== null) attributed++
        }
      }
    }
    // The texts exercise the readers: many quotations get a speaker.
    expect(attributed).toBeGreaterThan(5000)
  })
})

describe('reading a meeting’s phrase (against the original expressions)', () => {
  it('should find the modifier before an offset as `/(?:^|\\s)([\\p{L}\\d.+’\'-]+|\\+|\\d+)\\s*$/u` does', () => {
    for (const {text} of generated) {
      for (const at of offsets(text)) {
        for (const floor of [0, Math.floor(at / 3), Math.max(0, at - 5), at]) {
          const before = text.slice(floor, at)
          const word = /(?:^|\s)([\p{L}\d.+’'-]+|\+|\d+)\s*$/u.exec(before)
          const start = word ? floor + word.index + word[0].length - word[1]!.length - (before.length - before.trimEnd().length) : 0
          expect(modifierBefore(text, floor, at)).toEqual(word ? {value: word[1]!, start} : null)
        }
      }
    }
  })

  it('should read the same phrase as the original `meetingPhrase`, for every meeting word', () => {
    let modified = 0
    let complemented = 0
    for (const {text} of generated) {
      for (const match of text.matchAll(/\b(?:meeting|summit|session|conference|videoconference)\b/gi)) {
        const start = match.index
        const end = start + match[0].length
        for (const sentence of [{start: 0, end: text.length}, {start: Math.floor(start / 2), end: Math.max(end, text.length - 7)}, {start, end}]) {
          const expected = reference.meetingPhrase(text, start, end, sentence)
          expect(meetingPhrase(text, start, end, sentence)).toEqual(expected)
          if (expected.start < start) modified++
          if (expected.end > end) complemented++
        }
      }
    }
    // The texts exercise both sides: many phrases have modifiers, many a complement.
    expect(modified).toBeGreaterThan(1000)
    expect(complemented).toBeGreaterThan(200)
  })

  it('should tell whether offsets sit inside quotation marks as the original `insideQuotation` does, asked in any order', () => {
    let inside = 0
    for (const {text} of generated) {
      const ascending = quotationTracker(text)
      for (const at of offsets(text)) {
        const expected = reference.insideQuotation(text, at)
        expect(ascending(at)).toBe(expected)
        if (expected) inside++
      }
      const shuffled = quotationTracker(text)
      for (const at of offsets(text).reverse()) expect(shuffled(at)).toBe(reference.insideQuotation(text, at))
      expect(shuffled(text.length + 5)).toBe(reference.insideQuotation(text, text.length + 5))
    }
    expect(inside).toBeGreaterThan(1000)
  })
})

describe('long inputs', () => {
  it('should read a 200 KB paragraph of thousands of quotations and reporting verbs, attributing each', () => {
    const units = [
      'She added, “Point {n} is agreed.” ',
      'Nurova also said that “item {n} holds” and ',
      'the foreign minister further noted, “clause {n} stands,” while ',
      '“Article {n} is settled,” she stressed, and ',
      'they, however, told reporters “we are at step {n}” as '
    ]
    let value = 'Ministers meet in Astana\n\nASTANA (AP) — Kazakh Foreign Minister Aliya Nurova said on Monday: '
    let count = 0
    while (value.length < 200_000) value += units[count % units.length]!.replace('{n}', String(count++))
    value += 'the talks ended.\n'
    const tree = parse(new VFile({path: 'long.txt', value}))
    const quotes: Array<string | null | undefined> = []
    const visit = (node: {type: string; speaker?: string | null; children?: unknown[]}) => {
      if (node.type === 'quote') quotes.push(node.speaker)
      for (const child of node.children ?? []) visit(child as typeof node)
    }
    visit(tree)
    expect(tree.people.map((entry) => [entry.entity, entry.name])).toEqual([['p1', 'Aliya Nurova']])
    expect(quotes.length).toBe(count)
    expect(new Set(quotes)).toEqual(new Set(['p1']))
  })
})
