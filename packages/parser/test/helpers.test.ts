// The character-level helpers the recognizers use instead of regular expressions, checked against
// the regular expressions they stand for, on generated texts (seeded).
import anyAscii from 'any-ascii'
import {describe, expect, it} from 'vitest'
import {fold} from '@communique/knowledge'
import {classOf, codePointAt, letter, lower, mark, number, space, upper} from '../src/lib/entities/chars.js'
import {splitSentences} from '../src/lib/entities/sentences.js'
import {isAllCaps, spaceBetween, tokenize} from '../src/lib/entities/tokens.js'
import {squash, wordCount} from '../src/lib/units.js'

const pieces = [
  'Aliya', 'Nurova', 'minister’s', "Turkiye's", 'U.S.', 'H.E.', 'Mr.', 'OTS', 'SECRETARY', 'GENERAL', 'Şahinoğlu', 'Тоқаев', '张明',
  'İstanbul', 'ǅemal', 'ß', 'ﬁ', 'e\u0301', '🙂', '𝐀𝐁𝐂', '\uD800', '\uDC00', 'Ⅻ', '²', '٣', '11', '2022', 'al-Sabah', "O'Brien",
  'we’ve', '’s', "'s", 's’', '-', '–', '’', "'", '"', '“', '”', '«', '»', '„', '(', ')', '[', '.', '!', '?', ',', ';', ':', ' ', ' ',
  '  ', '\n', '\r\n', '\t', '\u00A0', '\u2028', '\uFEFF', 'a', 'The', 'said', 'Jan', 'No', 'e.g', 'Inc'
]

function texts(count: number, seed: number): string[] {
  let state = seed
  const random = (bound: number) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7f_ff_ff_ff
    return (state >>> 8) % bound
  }
  const result: string[] = []
  for (let index = 0; index < count; index++) {
    let text = ''
    for (let length = random(24); length > 0; length--) text += pieces[random(pieces.length)]! + (random(3) === 0 ? '' : ' ')
    result.push(text)
  }
  return result
}

const generated = texts(3000, 7)

// The definitions the helpers replace.
const reference = {
  tokenize(text: string) {
    const tokens = []
    for (const match of text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}’'-]*[\p{L}\p{M}\p{N}])?/gu)) {
      let value = match[0]
      let possessive = false
      const tail = /[’']s$/.exec(value)
      if (tail && value.length > 2) {
        value = value.slice(0, -2)
        possessive = true
      } else if (/[’']$/.test(value)) value = value.slice(0, -1)
      const letters = value.replace(/[^\p{L}]/gu, '')
      tokens.push({
        text: value,
        start: match.index,
        end: match.index + value.length,
        key: fold(value),
        cap: /^\p{Lu}/u.test(value),
        caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        possessive
      })
    }
    return tokens
  },
  isAllCaps(text: string) {
    const letters = text.replace(/[^\p{L}]/gu, '')
    if (letters.length < 8) return false
    return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.85
  },
  squash: (value: string) => value.replace(/\s+/g, ' ').trim(),
  wordCount: (value: string) => value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
  fold(value: string) {
    const ascii = /^[\u0000-\u007F]*$/.test(value)
    return (ascii ? value : anyAscii(value.normalize('NFC')))
      .toLowerCase()
      .replace(/[’'`]/g, "'")
      .replace(/[^a-z0-9'\- ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  },
  splitSentences(text: string) {
    const abbreviation =
      /(?:\b(?:H\.E|H\.H|H\.M|Mr|Mrs|Ms|Mme|Dr|Prof|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|D\.C|E\.U|Inc|Ltd|Co|Gen|Col|Lt|Maj|Sen|Rep|Gov|vs|etc|e\.g|i\.e)|\b\p{Lu})$/u
    const sentences: Array<{start: number; end: number}> = []
    let start = 0
    let depth = 0
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!
      if ('“«„'.includes(char)) depth++
      else if ('”»'.includes(char)) depth = Math.max(0, depth - 1)
      if (!'.!?'.includes(char)) continue
      let end = index + 1
      while (end < text.length && '"”»’)'.includes(text[end]!)) end++
      const next = text.slice(end, end + 2)
      if (!/^\s+\S|^\s*$/.test(next)) continue
      if (char === '.' && abbreviation.test(text.slice(Math.max(0, index - 6), index))) continue
      if (depth > 0 && end === index + 1) continue
      let first = end
      while (first < text.length && /\s/.test(text[first]!)) first++
      if (first < text.length && !/^[\p{Lu}\d"“«‘'([]/u.test(String.fromCodePoint(text.codePointAt(first)!))) continue
      sentences.push({start, end})
      start = end
      while (start < text.length && /\s/.test(text[start]!)) start++
      index = start - 1
      depth = 0
    }
    if (start < text.length) sentences.push({start, end: text.length})
    return sentences
  }
}

describe('character classes', () => {
  it('should class every code point as the Unicode properties do', () => {
    const points = [...Array.from({length: 0x3_00}, (_, index) => index), 0x20_19, 0x20_28, 0xfe_ff, 0xd8_00, 0xdc_00, 0x1_d4_00, 0x1_f6_42, 0x21_6b, 0x6_63]
    for (const point of points) {
      const char = String.fromCodePoint(point)
      const flags = classOf(point)
      expect([point, Boolean(flags & letter), Boolean(flags & upper), Boolean(flags & lower), Boolean(flags & mark), Boolean(flags & number), Boolean(flags & space)]).toEqual([
        point,
        /^\p{L}$/u.test(char),
        /^\p{Lu}$/u.test(char),
        /^\p{Ll}$/u.test(char),
        /^\p{M}$/u.test(char),
        /^\p{N}$/u.test(char),
        /^\s$/u.test(char)
      ])
    }
  })

  it('should read code points as `codePointAt` does, lone surrogates included', () => {
    for (const text of ['a🙂b', '\uD800a', 'a\uDC00', '\uD83D']) {
      for (let index = 0; index < text.length; index++) expect(codePointAt(text, index)).toBe(text.codePointAt(index))
    }
  })
})

describe('text helpers', () => {
  it('should tokenize as the word pattern does', () => {
    for (const text of generated) expect(tokenize(text)).toEqual(reference.tokenize(text))
  })

  it('should tell text in capitals as the letter counts do', () => {
    for (const text of [...generated, 'SPEECH OF SECRETARY GENERAL', '𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇 x', 'ABCDEFGh']) expect([text, isAllCaps(text)]).toEqual([text, reference.isAllCaps(text)])
  })

  it('should squash and count words as the white space patterns do', () => {
    for (const text of [...generated, '', ' ', 'a', ' a', 'a ', 'a  b', 'a\tb', 'a\u00A0b']) {
      expect([text, squash(text)]).toEqual([text, reference.squash(text)])
      expect([text, wordCount(text)]).toEqual([text, reference.wordCount(text)])
    }
  })

  it('should stop counting words past a limit', () => {
    for (const text of [...generated, '', 'a', 'a b c d', 'a b c d e']) {
      for (const limit of [0, 1, 3, 4, 8]) expect([text, limit, wordCount(text, limit)]).toEqual([text, limit, Math.min(reference.wordCount(text), limit + 1)])
    }
  })

  it('should fold as the folding patterns do', () => {
    for (const text of [...generated, '', ' a', 'a ', 'a  b', "o'brien", 'Al-Sabah 2', 'x`y']) expect([text, fold(text)]).toEqual([text, reference.fold(text)])
  })

  it('should split sentences as the sentence patterns do', () => {
    for (const text of [...generated, 'He met H.E. Aliya Nurova. “It is fine.” She left!', 'One. two. Three?']) {
      expect([text, splitSentences(text)]).toEqual([text, reference.splitSentences(text)])
    }
  })

  it('should tell one space between tokens', () => {
    for (const text of generated) {
      const tokens = tokenize(text)
      for (let index = 1; index < tokens.length; index++) {
        const left = tokens[index - 1]!
        const right = tokens[index]!
        expect(spaceBetween(text, left, right)).toBe(text.slice(left.end + (left.possessive ? 2 : 0), right.start) === ' ')
      }
    }
  })
})
