// fast-check arbitraries for the property tests: generated document TEXTS (real corpus paragraphs mixed with
// markdown constructs, quotation marks, numbering styles, datelines, stamps, hostile unicode and control
// characters, any line ending, a BOM, UTF-16) and generated document TREES that validate against the schema.
import {readFileSync, readdirSync} from 'node:fs'
import * as fc from 'fast-check'
import type {
  Boilerplate,
  Citation,
  Clause,
  ClausePoint,
  CountryMention,
  DateMention,
  Dateline,
  Document,
  FlowContent,
  Formula,
  Kind,
  MeetingRecord,
  OrganizationMention,
  Paragraph,
  ParticipantRecord,
  PersonMention,
  PersonRecord,
  PhrasingContent,
  PlaceMention,
  Quote,
  Recital,
  RoleMention,
  RoleRecord,
  Signature,
  Text
} from '@communique/doctree'

// ---------------------------------------------------------------------------------------------------------
// Material read from the repository at test time.
// ---------------------------------------------------------------------------------------------------------

const corpusFolder = new URL('../../corpus/', import.meta.url)
let paragraphsCache: string[] | undefined

/**
 * The paragraphs of the real corpus (`corpus/*.txt` split on blank lines), read once.
 *
 * @returns
 *   Non-empty paragraphs, in file order.
 */
export function corpusParagraphs(): string[] {
  if (!paragraphsCache) {
    paragraphsCache = []
    for (const name of readdirSync(corpusFolder).filter((file) => file.endsWith('.txt')).sort()) {
      const text = readFileSync(new URL(name, corpusFolder), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
      for (const paragraph of text.split(/\n[ \t]*\n/)) if (paragraph.trim() !== '') paragraphsCache.push(paragraph)
    }
    if (paragraphsCache.length === 0) throw new Error('No corpus paragraphs found in `corpus/`')
  }
  return paragraphsCache
}

let wordsCache: string[] | undefined

/**
 * The distinct words (runs of non-space characters) of the corpus.
 *
 * @returns
 *   Words.
 */
export function corpusWords(): string[] {
  wordsCache ??= [...new Set(corpusParagraphs().join(' ').split(/\s+/).filter(Boolean))].sort()
  return wordsCache
}

// ---------------------------------------------------------------------------------------------------------
// Character material.
// ---------------------------------------------------------------------------------------------------------

/** Quotation marks of every style, as pairs (open, close). */
export const quotePairs: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['‘', '’'],
  ["'", "'"],
  ['„', '“'],
  ['„', '”'],
  ['‚', '‘'],
  ['»', '«'],
  ['‹', '›'],
  ['「', '」'],
  ['”', '”'],
  ['«\u00A0', '\u00A0»']
]

/** Single quotation marks, apostrophes and primes, in and out of pairs. */
export const quoteMarks: readonly string[] = ['“', '”', '"', '«', '»', '‘', '’', "'", '„', '‚', '‹', '›', '「', '」', '`', '´', '′', '″', '＂']

/** Unicode fragments: scripts, dotless i, CJK, emoji (ZWJ, flags, skin tones), combining marks, RTL and bidi controls. */
export const unicodeFragments: readonly string[] = [
  'Москва',
  'Министр иностранных дел',
  'Ташкент',
  'Қазақстан',
  'Мевлют Чавушоглу',
  'ı',
  'İstanbul',
  'Çavuşoğlu',
  'DİYARBAKIR',
  'Kırgızistan',
  'Şahinoğlu',
  'Türkiye',
  'Ğ',
  '北京',
  '外交部长王毅',
  '上海合作组织',
  '日本語のテキスト',
  '한국어',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇦🇿🇹🇷',
  '👍🏽',
  '🏳️‍🌈',
  'e\u0301',
  'A\u030A',
  'Z\u0351\u0354\u0355\u0316\u0317\u0318\u0319',
  '\u0301',
  'ﬁ',
  'Ⅻ',
  '１２３',
  'وزير الخارجية',
  'أذربيجان',
  'שלום',
  '\u202Eevil\u202C',
  '\u200F',
  '\u200E',
  '\u2066x\u2069',
  '\u200B',
  '\u200D',
  '\u00A0',
  '\u2009',
  '\u3000',
  '\u2028',
  '\u2029',
  '\u0085',
  '\uFEFF',
  '\uFFFD',
  '\u{1D400}\u{1D401}',
  '\u{10FFFF}',
  'Ω≈ç√∫',
  '…',
  '–',
  '—',
  '‐',
  '·',
  '•',
  '§ 3',
  '№ 5'
]

/** Characters that should not be in text: C0 controls but tab and line feed, DEL, noncharacters, lone surrogates. */
export const controlCharacters: readonly string[] = [
  ...Array.from({length: 32}, (_, code) => String.fromCharCode(code)).filter((character) => character !== '\t' && character !== '\n'),
  '\u007F',
  '\u0080',
  '\u009F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uDFFF\uD800'
]

/** Text that means something to XML, HTML, CSV or URLs. */
export const markupFragments: readonly string[] = [
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x1F600;',
  '&nbsp;',
  '&bogus;',
  ']]>',
  '<![CDATA[x]]>',
  '<!--',
  '-->',
  '--',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '<s>x</s>',
  '<b>',
  '</i>',
  '<script>alert(1)</script>',
  '"',
  "'",
  '\\',
  '\\*',
  '#',
  '?',
  '%',
  '%00',
  '/',
  '../',
  ' ',
  'xml:',
  'xmlns="x"',
  'javascript:alert(1)',
  'http://',
  'https://example.org/a b',
  'urn:x',
  '_:b0',
  '@context',
  '@id',
  '{"@id": 1}'
]

/** Cell starts that spreadsheets read as formulas (and near misses). */
export const formulaStarts: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠', "'=", "''-", '=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '=cmd|\' /C calc\'!A0', ' =1']

const cities: readonly string[] = ['BAKU', 'ANKARA', 'ASTANA', 'Nur-Sultan', 'Almaty', 'Tashkent', 'Bishkek', 'Geneva', 'Vienna', 'Addis Ababa', 'LONDON', 'RIYADH', 'Kuala Lumpur', 'Reykjavík', 'İSTANBUL', 'Москва', '北京', 'Washington, D.C.']
const countries: readonly string[] = ['Azerbaijan', 'Turkey', 'Türkiye', 'Kazakhstan', 'the Kyrgyz Republic', 'Uzbekistan', 'Hungary', 'the Republic of Azerbaijan', 'the United States', 'Malaysia', 'Cambodia', 'Thailand', 'Iceland', 'Narnia']
const agencies: readonly string[] = ['KAZINFORM', 'Kazinform', 'Trend', 'AA', 'Reuters', 'AFP', 'AP', 'TASS', 'Xinhua', 'Anadolu Agency', 'Armenpress']
const people: readonly string[] = [
  'Jeyhun Bayramov',
  'Mevlüt Çavuşoğlu',
  'Mukhtar Tleuberdi',
  'Oğuz Şahinoğlu',
  'Baghdad Amreyev',
  'Anwar Ibrahim',
  'Anna Karlsdóttir',
  'Joseph R. Biden',
  'Kamala Harris',
  'Wang Yi',
  'Сергей Лавров',
  'Ali',
  'Mr. Smith',
  'H.E. Mr. Kubanychbek Omuraliev',
  'Dr. Jane O’Neil-Smith',
  'THE PRESIDENT',
  'PRESIDENT BIDEN'
]
const posts: readonly string[] = [
  'Minister of Foreign Affairs of the Republic of Azerbaijan',
  'Foreign Minister of Kazakhstan',
  'Secretary General of the Organization of Turkic States',
  'Secretary-General of the Shanghai Cooperation Organisation',
  'President of the United States',
  'Prime Minister of Malaysia',
  'Deputy Minister of Foreign Affairs and Trade of Hungary',
  'Chairperson of the Commission',
  'Ambassador',
  'Minister'
]
const organizations: readonly string[] = [
  'Organization of Turkic States',
  'OTS',
  'Turkic Council',
  'Cooperation Council of the Turkic Speaking States (CCTS)',
  'Shanghai Cooperation Organisation',
  'SCO',
  'CSTO',
  'Gulf Cooperation Council',
  'GCC',
  'ASEAN',
  'the Quad',
  'the European Union',
  'the African Union',
  'the United Nations',
  'the Council of Foreign Ministers',
  'Nordic Council'
]
const months: readonly string[] = ['January', 'February', 'March', 'Jan.', 'Feb', 'Sept.', 'December', 'Dec', 'May', 'Июнь']
const dateTexts: readonly string[] = [
  '4 March 2024',
  'January 6, 2022',
  'Jan. 11',
  'on Tuesday',
  'last week',
  'September 2015',
  'in 2020',
  'Tuesday, 11 January 2022',
  '2022-01-11',
  '11.01.2022',
  '01/11/2022',
  '9/11',
  'the next 10 days',
  'now',
  '31 February 2023',
  '0 January 0000',
  '29 February 2023',
  '32 May 2021',
  '9999-99-99',
  'yesterday',
  'tomorrow',
  '10:02 A.M. WEST',
  '2:09 P.M. AST',
  'the 7th Summit',
  '15 октября 2019 года'
]

// ---------------------------------------------------------------------------------------------------------
// Small text arbitraries.
// ---------------------------------------------------------------------------------------------------------

const pick = (values: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...values)

/** A lone UTF-16 surrogate. */
export const loneSurrogate: fc.Arbitrary<string> = fc.integer({min: 0xd8_00, max: 0xdf_ff}).map((code) => String.fromCharCode(code))

/** One hostile character: a control character, a noncharacter or a lone surrogate. */
export const controlCharacter: fc.Arbitrary<string> = fc.oneof({weight: 4, arbitrary: pick(controlCharacters)}, {weight: 1, arbitrary: loneSurrogate})

const word: fc.Arbitrary<string> = fc.nat().map((index) => {
  const words = corpusWords()
  return words[index % words.length]!
})

const inlineMarkdown: fc.Arbitrary<string> = fc.oneof(
  word.map((value) => `*${value}*`),
  word.map((value) => `**${value}**`),
  word.map((value) => `_${value}_`),
  word.map((value) => `\`${value}\``),
  word.map((value) => `[${value}](https://example.org/${encodeURIComponent(value)} "t")`),
  word.map((value) => `![${value}](x.png)`),
  word.map((value) => `<s>${value}</s>`),
  word.map((value) => `~~${value}~~`),
  pick(['<https://example.org/a>', '[ref]', '[x][ref]', '\\*not emphasis\\*', '&amp;', '&#0;', '&#x1F600;', '&copy;', '  \n', '\\\n', '**', '*', '_', '`', '<br>', '***'])
)

const token: fc.Arbitrary<string> = fc.oneof(
  {weight: 30, arbitrary: word},
  {weight: 3, arbitrary: pick(people)},
  {weight: 2, arbitrary: pick(posts)},
  {weight: 2, arbitrary: pick(organizations)},
  {weight: 2, arbitrary: pick(countries)},
  {weight: 2, arbitrary: pick(cities)},
  {weight: 2, arbitrary: pick(dateTexts)},
  {weight: 3, arbitrary: pick(quoteMarks)},
  {weight: 3, arbitrary: pick(unicodeFragments)},
  {weight: 3, arbitrary: inlineMarkdown},
  {weight: 1, arbitrary: pick(markupFragments)},
  {weight: 1, arbitrary: controlCharacter},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 4})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 4})}
)

const joiner: fc.Arbitrary<string> = fc.oneof({weight: 20, arbitrary: fc.constant(' ')}, {weight: 1, arbitrary: pick(['', '  ', '\t', '\n', ', ', ' – ', '\u00A0'])})

/**
 * A run of words and other tokens.
 *
 * @param maxLength
 *   Largest number of tokens.
 * @returns
 *   The arbitrary.
 */
export function phrase(maxLength = 12): fc.Arbitrary<string> {
  return fc.array(fc.tuple(token, joiner), {minLength: 1, maxLength}).map((parts) => parts.map(([value, glue], index) => (index === 0 ? value : glue + value)).join(''))
}

/** A sentence. */
export const sentence: fc.Arbitrary<string> = fc.tuple(phrase(), pick(['.', '.', ';', ':', ',', '!', '?', '', '…'])).map(([value, end]) => value + end)

/** A phrase in quotation marks of any style: balanced, unbalanced, nested, or with the close mark missing. */
export const quoted: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...quotePairs), phrase(8)).map(([[open, close], value]) => `${open}${value}${close}`),
  fc.tuple(fc.constantFrom(...quotePairs), fc.constantFrom(...quotePairs), phrase(4), phrase(4)).map(
    ([[open, close], [innerOpen, innerClose], outer, inner]) => `${open}${outer} ${innerOpen}${inner}${innerClose} ${outer}${close}`
  ),
  fc.tuple(pick(quoteMarks), phrase(6)).map(([mark, value]) => `${mark}${value}`),
  fc.tuple(pick(quoteMarks), phrase(6)).map(([mark, value]) => `${value}${mark}`),
  fc.tuple(pick(quoteMarks), pick(quoteMarks), phrase(6)).map(([open, close, value]) => `${open}${value}${close}`),
  fc.tuple(fc.constantFrom(...quotePairs), phrase(6)).map(([[open, close], value]) => `${value} said: ${open}${value},${close} he said, ${open}${value}.${close}`)
)

// ---------------------------------------------------------------------------------------------------------
// Blocks of a document text.
// ---------------------------------------------------------------------------------------------------------

/** A real corpus paragraph, sometimes with tokens inserted into it. */
export const corpusParagraph: fc.Arbitrary<string> = fc
  .tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.oneof(token, quoted)), {maxLength: 3}))
  .map(([index, inserts]) => {
    const paragraphs = corpusParagraphs()
    let value = paragraphs[index % paragraphs.length]!
    for (const [at, insert] of inserts) {
      const place = at % (value.length + 1)
      value = value.slice(0, place) + insert + value.slice(place)
    }
    return value
  })

const paragraphText: fc.Arbitrary<string> = fc.oneof(
  {weight: 3, arbitrary: fc.array(sentence, {minLength: 1, maxLength: 4}).map((values) => values.join(' '))},
  {weight: 1, arbitrary: fc.array(fc.oneof(sentence, quoted), {minLength: 1, maxLength: 3}).map((values) => values.join('\n'))},
  {weight: 1, arbitrary: quoted}
)

const heading: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({min: 1, max: 7}), phrase(10), fc.boolean()).map(([depth, value, closed]) => `${'#'.repeat(depth)} ${value}${closed ? ` ${'#'.repeat(depth)}` : ''}`),
  fc.tuple(phrase(8), pick(['===', '---', '=', '-'])).map(([value, line]) => `${value}\n${line}`),
  pick(['#', '# ', '##', '###', '######', '#######'])
)

const boldTitle: fc.Arbitrary<string> = fc.oneof(
  fc.array(phrase(8), {minLength: 1, maxLength: 3}).map((lines) => `**${lines.join('\n')}**`),
  fc.array(phrase(8), {minLength: 1, maxLength: 3}).map((lines) => `__${lines.join('\n').toUpperCase()}__`),
  phrase(8).map((value) => `**${value}`),
  fc.tuple(phrase(4), phrase(4)).map(([a, b]) => `**${a}** ${b}`)
)

/** The printed number of the nth item (0-based) in a numbering style. */
function printedNumber(style: string, index: number): string {
  const letter = String.fromCharCode(97 + (index % 26))
  const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][index % 10]!
  switch (style) {
    case 'same':
      return '1.'
    case 'dot':
      return `${index + 1}.`
    case 'paren':
      return `${index + 1})`
    case 'letter':
      return `(${letter})`
    case 'letterDot':
      return `${letter}.`
    case 'roman':
      return `(${roman})`
    case 'ROMAN':
      return `${roman.toUpperCase()}.`
    case 'big':
      return `${1_234_567_890 + index}.`
    case 'zero':
      return `0${index}.`
    case 'dash':
      return '-'
    case 'star':
      return '*'
    case 'plus':
      return '+'
    case 'dot-bullet':
      return '•'
    default:
      return '–'
  }
}

const numberingStyle = pick(['same', 'dot', 'paren', 'letter', 'letterDot', 'roman', 'ROMAN', 'big', 'zero', 'dash', 'star', 'plus', 'dot-bullet', 'en-dash'])

interface ListItem {
  text: string
  continuation: string | null
  children: ListItem[]
}

const listItem: fc.Memo<ListItem> = fc.memo((depth) =>
  fc.record({
    text: fc.oneof({weight: 6, arbitrary: sentence}, {weight: 1, arbitrary: quoted}, {weight: 1, arbitrary: fc.constant('')}),
    continuation: fc.option(sentence, {freq: 4}),
    children: depth <= 1 ? fc.constant([]) : fc.array(listItem(depth - 1), {maxLength: 3})
  })
)

/** Render a list: its items numbered in `style`, indented by `indent`, sub-lists in `nestedStyle`. */
function renderList(items: readonly ListItem[], style: string, nestedStyle: string, indent: string, step: number, lazy: boolean): string {
  const lines: string[] = []
  items.forEach((item, index) => {
    const marker = printedNumber(style, index)
    lines.push(`${indent}${marker} ${item.text}`)
    if (item.continuation !== null) lines.push(`${lazy ? '' : indent + ' '.repeat(marker.length + 1)}${item.continuation}`)
    if (item.children.length > 0) lines.push(renderList(item.children, nestedStyle, style, indent + ' '.repeat(step), step, lazy))
  })
  return lines.join('\n')
}

const list: fc.Arbitrary<string> = fc
  .tuple(fc.array(listItem(3), {minLength: 1, maxLength: 5}), numberingStyle, numberingStyle, fc.constantFrom(2, 3, 4, 1, 8), fc.boolean(), fc.boolean())
  .map(([items, style, nested, step, lazy, loose]) => {
    const rendered = renderList(items, style, nested, '', step, lazy)
    // A loose list: a blank line before every top-level item.
    return loose ? rendered.replace(/\n(?=\S)/g, '\n\n') : rendered
  })

const loosePoints: fc.Arbitrary<string> = fc
  .tuple(fc.array(sentence, {minLength: 1, maxLength: 5}), numberingStyle, fc.constantFrom('\n', '\n\n'))
  .map(([items, style, between]) => items.map((item, index) => `${printedNumber(style, index)} ${item}`).join(between))

const blockQuote: fc.Arbitrary<string> = fc
  .tuple(fc.array(paragraphText, {minLength: 1, maxLength: 3}), fc.integer({min: 1, max: 4}), fc.boolean())
  .map(([paragraphs, depth, lazy]) =>
    paragraphs
      .join('\n\n')
      .split('\n')
      .map((line, index) => (lazy && index > 0 ? line : `${'>'.repeat(depth)} ${line}`))
      .join('\n')
  )

const codeBlock: fc.Arbitrary<string> = fc.oneof(
  fc.array(sentence, {minLength: 1, maxLength: 3}).map((lines) => lines.map((line) => `    ${line}`).join('\n')),
  fc.array(sentence, {minLength: 1, maxLength: 3}).map((lines) => lines.map((line) => `\t${line}`).join('\n')),
  fc.tuple(pick(['```', '~~~', '````']), pick(['', 'js', 'xml', '<x>']), fc.array(sentence, {maxLength: 3}), fc.boolean()).map(
    ([fence, info, lines, closed]) => `${fence}${info}\n${lines.join('\n')}${closed ? `\n${fence}` : ''}`
  )
)

const html: fc.Arbitrary<string> = fc.oneof(
  pick(['<s>x</s>', '<div>', '</div>', '<!-- comment -->', '<!-- unclosed', '<script>alert(1)</script>', '<br/>', '<?php echo 1 ?>', '<![CDATA[ x ]]>', '<!DOCTYPE html>', '<table><tr><td>x</td></tr></table>']),
  phrase(6).map((value) => `<div>\n${value}\n</div>`),
  phrase(6).map((value) => `<p align="center">${value}</p>`),
  phrase(6).map((value) => `<s>${value}</s> ${value}`)
)

const links: fc.Arbitrary<string> = fc.oneof(
  phrase(4).map((value) => `[${value}](https://example.org/x?a=1&b=2 "${value}")`),
  phrase(4).map((value) => `${value} <https://example.org/${value.length}> ${value}`),
  pick(['[ref]: https://example.org/ref "Title"', '[ref]: <> ""', '[a]: ', '[^1]: footnote', 'https://www.president.az/articles/12345'])
)

const rule = pick(['---', '***', '___', '- - -', '* * *', '________', '-- -'])

const datelineBlock: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(cities), sentence).map(([city, rest]) => `${city} (AA) – ${rest}`),
  fc.tuple(pick(cities), pick(agencies), sentence).map(([city, agency, rest]) => `${city}. ${agency} ${rest}`),
  fc.tuple(pick(cities), pick(countries), pick(months), fc.integer({min: 0, max: 40}), sentence).map(([city, country, month, day, rest]) => `${city}, ${country}, ${month} ${day} /Trend/ – ${rest}`),
  fc.tuple(pick(cities), pick(months), fc.integer({min: 1, max: 31}), pick(agencies), sentence).map(([city, month, day, agency, rest]) => `${city}, ${month} ${day} (${agency}) - ${rest}`),
  fc.tuple(pick(cities), pick(countries), pick(months), fc.integer({min: 1, max: 31})).map(([city, country, month, day]) => `${city}, ${country}, ${month} ${day}`),
  fc.tuple(pick(cities), pick(dateTexts)).map(([city, date]) => `${city}, ${date}`),
  fc.tuple(pick(cities), sentence).map(([city, rest]) => `${city} (${rest.slice(0, 5)}) —${rest}`),
  fc.tuple(pick(agencies), pick(['', ':', ' reports', ' reports.'])).map(([agency, end]) => `${agency}${end}`)
)

const furniture: fc.Arbitrary<string> = fc.oneof(
  pick([
    'Excellencies,',
    'Ladies and gentlemen,',
    'Honorable Ministers,',
    'Dear friends,',
    'Thank you.',
    'Thank you very much.',
    'Thank you. (Applause.)',
    '###',
    'END',
    '# # #',
    'Loading...',
    'AFP',
    'Photo: Reuters',
    'The Council has:',
    'The Ministers hereby agree on the following:',
    'The Conference declares as follows:',
    'The General Assembly,',
    'declare the following:',
    'The Council agreed to remain seized of the matter.',
    'Witnessed by:',
    'Signed at Kuala Lumpur on 26 October 2025.',
    'Done at Addis Ababa on 11 February 2024.',
    '10:02 A.M. WEST',
    '2:09 P.M. AST',
    ' date 2022-01-11',
    'Details added (first version posted on 13:10)'
  ]),
  fc.tuple(pick(['Recalling', 'Reaffirming', 'Bearing in mind', 'Having considered', 'Guided by', 'Deeply concerned', 'Noting', 'Welcoming', 'Gravely concerned by', 'Emphasizing']), phrase(8), pick([',', ';', ''])).map(
    ([opener, rest, end]) => `${opener} ${rest}${end}`
  ),
  fc.tuple(pick(people), pick(posts)).map(([name, post]) => `${name}\n${post}`),
  fc.tuple(pick(['Witnessed by:', 'For the Government of Malaysia:', 'Signed:']), pick(people), pick(posts)).map(([label, name, post]) => `${label}\n${name}\n${post}`),
  fc.tuple(pick(['THE PRESIDENT:', 'PRESIDENT BIDEN:', 'Q:', 'MS. JEAN-PIERRE:', 'SECRETARY BLINKEN:', 'THE PRIME MINISTER:']), sentence).map(([label, rest]) => `${label} ${rest}`),
  fc.tuple(pick(cities), pick(dateTexts)).map(([city, date]) => `${city}, ${date}`),
  phrase(6).map((value) => `READ MORE: ${value}`),
  fc.tuple(pick(people), pick(posts), pick(organizations)).map(([name, post, organization]) => `${post} ${name} welcomed the ${organization}.`)
)

const unicodeBlock: fc.Arbitrary<string> = fc.array(fc.oneof(pick(unicodeFragments), word, quoted), {minLength: 1, maxLength: 10}).map((values) => values.join(' '))

const controlBlock: fc.Arbitrary<string> = fc.array(fc.oneof(controlCharacter, word), {minLength: 1, maxLength: 8}).map((values) => values.join(''))

const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string({unit: 'binary', maxLength: 40}),
  fc.string({unit: 'grapheme', maxLength: 20}),
  fc.string({unit: fc.constantFrom('*', '_', '#', '>', '-', '+', '1', '.', ')', '(', '[', ']', '`', '~', '<', '!', ' ', '\n', '\t', '\\', '|', '='), maxLength: 30}),
  pick(['   ', '\t', '\u00A0', '\u3000']),
  fc.integer({min: 2, max: 40}).map((depth) => `${'>'.repeat(depth)} deep`),
  fc.integer({min: 2, max: 30}).map((depth) =>
    Array.from({length: depth}, (_, index) => `${'  '.repeat(index)}- level ${index}`).join('\n')
  ),
  fc.integer({min: 2, max: 30}).map((depth) => `${'*'.repeat(depth)}x${'*'.repeat(depth)}`),
  fc.integer({min: 1, max: 30}).map((count) => '“'.repeat(count) + 'x' + '”'.repeat(count >> 1)),
  fc.integer({min: 1, max: 30}).map((count) => `[${'['.repeat(count)}x${']'.repeat(count)}](y)`)
)

/** One block (paragraph-level construct) of a document text. */
export const block: fc.Arbitrary<string> = fc.oneof(
  {weight: 12, arbitrary: corpusParagraph},
  {weight: 5, arbitrary: paragraphText},
  {weight: 2, arbitrary: heading},
  {weight: 2, arbitrary: boldTitle},
  {weight: 3, arbitrary: list},
  {weight: 2, arbitrary: loosePoints},
  {weight: 1, arbitrary: blockQuote},
  {weight: 1, arbitrary: codeBlock},
  {weight: 1, arbitrary: html},
  {weight: 1, arbitrary: links},
  {weight: 1, arbitrary: rule},
  {weight: 2, arbitrary: datelineBlock},
  {weight: 4, arbitrary: furniture},
  {weight: 2, arbitrary: quoted},
  {weight: 1, arbitrary: unicodeBlock},
  {weight: 1, arbitrary: controlBlock},
  {weight: 1, arbitrary: junk}
)

/** A leading machine date line (` date YYYY-MM-DD …`), valid or not. */
export const stampLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      {weight: 4, arbitrary: fc.tuple(fc.integer({min: 1990, max: 2030}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28})).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)},
      {weight: 1, arbitrary: pick(['2023-02-29', '2024-02-29', '2023-13-01', '2022-00-10', '0000-01-01', '9999-12-31', '2022-1-1', '2022/01/11', '20220111'])}
    ),
    fc.option(fc.oneof(phrase(8), pick(['Details added (first version posted on 13:10)', 'UPDATED'])), {freq: 2}),
    pick([' date ', 'date ', '  date ', ' date  ', ' Date '])
  )
  .map(([date, rest, prefix]) => `${prefix}${date}${rest === null ? '' : ` ${rest}`}`)

/** How the bytes of a generated text are written. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Line ending styles of a generated text (`mixed` cycles through LF, CRLF and CR). */
export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed'

/** A generated document text, with how to write it. */
export interface GeneratedText {
  /** The text, as a JavaScript string (it may hold lone surrogates; UTF-8 encoding turns them into U+FFFD). */
  text: string
  encoding: Encoding
}

const separator: fc.Arbitrary<string> = fc.oneof({weight: 12, arbitrary: fc.constant('\n\n')}, {weight: 1, arbitrary: pick(['\n', '\n\n\n', '\n  \n', '\n\t\n', '\n \n\n'])})

/** The parts of a generated document, before line endings and the BOM are applied. */
export interface DocumentParts {
  bom: boolean
  stamp: string | null
  title: string | null
  blocks: Array<[string, string]>
  lineEnding: LineEnding
  trailing: string
}

/**
 * Parts of a document: an optional BOM, ` date` line and title, then blocks.
 */
export const documentParts: fc.Arbitrary<DocumentParts> = fc.record({
  bom: fc.boolean(),
  stamp: fc.option(stampLine, {freq: 4}),
  title: fc.option(fc.oneof(heading, boldTitle, phrase(10)), {freq: 3}),
  blocks: fc.array(fc.tuple(block, separator), {minLength: 0, maxLength: 10}),
  lineEnding: fc.constantFrom<LineEnding>('lf', 'lf', 'crlf', 'cr', 'mixed'),
  trailing: pick(['', '', '\n', '\n\n', '  ', '\n\u0000', ' \t'])
})

/**
 * Assemble a document's text from its parts.
 *
 * @param parts
 *   Parts.
 * @returns
 *   The text.
 */
export function assemble(parts: Readonly<DocumentParts>): string {
  let value = ''
  if (parts.stamp !== null) value += `${parts.stamp}\n\n`
  if (parts.title !== null) value += `${parts.title}\n\n`
  for (const [text, glue] of parts.blocks) value += text + glue
  value = value.replace(/\n+$/, '') + parts.trailing
  value = withLineEnding(value, parts.lineEnding)
  return parts.bom ? `\uFEFF${value}` : value
}

/**
 * Replace every line feed by the line ending of a style.
 *
 * @param value
 *   Text with LF line endings.
 * @param style
 *   Style.
 * @returns
 *   The text.
 */
export function withLineEnding(value: string, style: LineEnding): string {
  if (style === 'lf') return value
  if (style === 'crlf') return value.replace(/\n/g, '\r\n')
  if (style === 'cr') return value.replace(/\n/g, '\r')
  const endings = ['\n', '\r\n', '\r']
  let index = 0
  return value.replace(/\n/g, () => endings[index++ % endings.length]!)
}

/** A generated document text: mostly UTF-8, sometimes UTF-16 with a byte order mark. */
export const documentText: fc.Arbitrary<GeneratedText> = fc
  .tuple(documentParts, fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-16le', 'utf-16be'))
  .map(([parts, encoding]) => ({text: assemble(parts), encoding}))

/** A generated text without control characters other than line endings (for checks that need readable input). */
export const plainDocumentText: fc.Arbitrary<string> = documentParts.map((parts) => assemble({...parts, bom: false, lineEnding: 'lf'}))

/**
 * Encode a text as bytes (UTF-16 gets a byte order mark; lone surrogates are kept in UTF-16, replaced in UTF-8).
 *
 * @param value
 *   Text.
 * @param encoding
 *   Encoding.
 * @returns
 *   Bytes.
 */
export function encode(value: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(value)
  const bytes = new Uint8Array(2 + value.length * 2)
  const little = encoding === 'utf-16le'
  bytes[0] = little ? 0xff : 0xfe
  bytes[1] = little ? 0xfe : 0xff
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    bytes[2 + index * 2] = little ? code & 0xff : code >> 8
    bytes[3 + index * 2] = little ? code >> 8 : code & 0xff
  }
  return bytes
}

// ---------------------------------------------------------------------------------------------------------
// Document trees.
// ---------------------------------------------------------------------------------------------------------

/** Any string, biased to hostile content: control characters, lone surrogates, markup, formula starts, unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: phrase(6)},
  {weight: 2, arbitrary: fc.array(fc.oneof(pick(markupFragments), pick(formulaStarts), pick(unicodeFragments), controlCharacter, word), {minLength: 1, maxLength: 6}).map((parts) => parts.join(''))},
  {weight: 1, arbitrary: fc.tuple(pick(formulaStarts), word).map(([start, value]) => start + value)},
  {weight: 1, arbitrary: pick(['', ' ', '\n', '\r\n', '\t', '\u0000', '\uFEFF', '\uD800', '\uFFFE', '.', '..', '/', '#', '-', 'null', 'undefined', '__proto__', 'constructor', 'toString'])},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 12})}
)

/** A name-like string: realistic names, mostly, hostile sometimes. */
const nameString: fc.Arbitrary<string> = fc.oneof({weight: 3, arbitrary: pick(people)}, {weight: 1, arbitrary: hostileString})

const organizationString: fc.Arbitrary<string> = fc.oneof({weight: 3, arbitrary: pick(organizations)}, {weight: 1, arbitrary: hostileString})

const countryCode: fc.Arbitrary<string> = fc.oneof({weight: 3, arbitrary: pick(['AZ', 'TR', 'KZ', 'KG', 'UZ', 'HU', 'US', 'MY', 'KH', 'TH', 'IS', 'RU', 'CN'])}, {weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2}$/)})

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/** A `FullDate` (the schema's pattern: it admits `2023-02-31` and year `0000`). */
export const fullDate: fc.Arbitrary<string> = fc.oneof(
  {weight: 5, arbitrary: fc.tuple(fc.integer({min: 1900, max: 2100}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28})).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`)},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 0, max: 9999}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 31})).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)}
)

/** An `IsoDate`: a day, a month, a year or an ISO week. */
export const isoDate: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fullDate},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 0, max: 9999}), fc.integer({min: 1, max: 12})).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`)},
  {weight: 1, arbitrary: fc.integer({min: 0, max: 9999}).map((y) => pad(y, 4))},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 0, max: 9999}), fc.integer({min: 1, max: 53})).map(([y, w]) => `${pad(y, 4)}-W${pad(w, 2)}`)}
)

/** Document-local entity keys: a small pool, so that mentions, records and participants meet (and sometimes dangle). */
const entityKey: fc.Arbitrary<string> = fc.oneof({weight: 8, arbitrary: pick(['p1', 'p2', 'p3'])}, {weight: 1, arbitrary: pick(['p99', '', 'p 1', '#p1', '"p1"', '<p1>', 'p1\u0000'])})

const nullable = <T>(arbitrary: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | null> => fc.option(arbitrary, {nil: null, freq})

const textNode: fc.Arbitrary<Text> = hostileString.map((value): Text => ({type: 'text', value}))
const textChildren: fc.Arbitrary<Text[]> = fc.array(textNode, {minLength: 0, maxLength: 3})

/**
 * Phrasing content down to a depth (depth 0: text only).
 */
const phrasingNode: fc.Memo<PhrasingContent> = fc.memo((depth): fc.Arbitrary<PhrasingContent> => {
  if (depth <= 1) {
    return fc.oneof(
      {weight: 6, arbitrary: textNode},
      {weight: 1, arbitrary: hostileString.map((value): PhrasingContent => ({type: 'label', value}))},
      {weight: 1, arbitrary: pick(['H.E.', 'Mr.', 'Dr.', 'H.E. Mr.', '<Mr.>']).map((value): PhrasingContent => ({type: 'honorific', value}))}
    )
  }
  const children = fc.array(phrasingNode(depth - 1), {minLength: 0, maxLength: 3})
  const quote: fc.Arbitrary<Quote> = fc
    .tuple(pick(quoteMarks), nullable(pick(quoteMarks)), fc.boolean(), fc.option(nullable(entityKey), {nil: undefined}), children)
    .map(([open, close, continued, speaker, kids]) => {
      const node: Quote = {type: 'quote', open, close, continued, children: kids}
      if (speaker !== undefined) node.speaker = speaker
      return node
    })
  const dateNode: fc.Arbitrary<DateMention> = fc
    .tuple(nullable(isoDate, 5), fc.constantFrom<DateMention['precision']>('day', 'week', 'month', 'year'), fc.boolean(), textChildren)
    .map(([value, precision, relative, kids]) => ({type: 'date', value, precision, relative, children: kids}))
  const datelineNode: fc.Arbitrary<Dateline> = fc.tuple(hostileString, children).map(([place, kids]) => ({type: 'dateline', place, children: kids}))
  const agency: fc.Arbitrary<PhrasingContent> = fc.tuple(fc.oneof(pick(agencies), hostileString), textChildren).map(([name, kids]) => ({type: 'agency', name, children: kids}))
  const person: fc.Arbitrary<PersonMention> = fc.tuple(entityKey, nameString, textChildren).map(([entity, name, kids]) => ({type: 'person', entity, name, children: kids}))
  const role: fc.Arbitrary<RoleMention> = fc
    .tuple(fc.oneof(pick(posts), hostileString), nullable(countryCode), nullable(organizationString), nullable(entityKey), children)
    .map(([fn, country, organization, holder, kids]) => ({type: 'role', function: fn, country, organization, holder, children: kids}))
  const countryNode: fc.Arbitrary<CountryMention> = fc
    .tuple(countryCode, fc.constantFrom<CountryMention['form']>('name', 'official', 'demonym', 'variant', 'capital'), textChildren)
    .map(([code, form, kids]) => ({type: 'country', code, form, children: kids}))
  const organization: fc.Arbitrary<OrganizationMention> = fc
    .tuple(organizationString, nullable(fc.oneof(pick(['OTS', 'SCO', 'GCC', 'CCTS']), hostileString)), nullable(organizationString), children)
    .map(([name, acronym, parent, kids]) => ({type: 'organization', name, acronym, parent, children: kids}))
  const place: fc.Arbitrary<PlaceMention> = fc
    .tuple(fc.oneof(pick(cities), hostileString), nullable(countryCode), textChildren)
    .map(([name, country, kids]) => ({type: 'place', name, country, children: kids}))
  const citation: fc.Arbitrary<Citation> = fc.tuple(hostileString, nullable(isoDate), children).map(([title, date, kids]) => ({type: 'citation', title, date, children: kids}))
  return fc.oneof(
    {weight: 8, arbitrary: textNode},
    {weight: 2, arbitrary: quote},
    {weight: 1, arbitrary: dateNode},
    {weight: 1, arbitrary: datelineNode},
    {weight: 1, arbitrary: agency},
    {weight: 1, arbitrary: hostileString.map((value): PhrasingContent => ({type: 'label', value}))},
    {weight: 1, arbitrary: pick(['H.E.', 'Mr.', 'Dr.', '<Mr.>']).map((value): PhrasingContent => ({type: 'honorific', value}))},
    {weight: 2, arbitrary: person},
    {weight: 2, arbitrary: role},
    {weight: 1, arbitrary: countryNode},
    {weight: 2, arbitrary: organization},
    {weight: 1, arbitrary: place},
    {weight: 1, arbitrary: citation}
  )
})

const phrasing: fc.Arbitrary<PhrasingContent[]> = fc.array(phrasingNode(3), {minLength: 0, maxLength: 4})

const paragraphNode: fc.Arbitrary<Paragraph> = phrasing.map((children) => ({type: 'paragraph', children}))

const marker = fc.constantFrom<Clause['marker']>('number', 'bullet', 'none')
const num = nullable(fc.oneof(pick(['1.', '2.', '(a)', '(iv)', 'a)', '10.', '—']), hostileString))

const pointNode: fc.Memo<ClausePoint> = fc.memo((depth) =>
  fc
    .tuple(marker, num, fc.array(depth <= 1 ? paragraphNode : fc.oneof({weight: 3, arbitrary: paragraphNode}, {weight: 1, arbitrary: pointNode(depth - 1)}), {maxLength: 3}))
    .map(([mark, printed, children]): ClausePoint => ({type: 'point', marker: mark, num: printed, children}))
)

const clauseNode: fc.Arbitrary<Clause> = fc
  .tuple(marker, num, fc.array(fc.oneof({weight: 3, arbitrary: paragraphNode}, {weight: 1, arbitrary: pointNode(3)}), {maxLength: 3}))
  .map(([mark, printed, children]) => ({type: 'clause', marker: mark, num: printed, children}))

const recitalNode: fc.Arbitrary<Recital> = fc.tuple(fc.oneof(pick(['Recalling', 'Bearing in mind', 'Noting']), hostileString), phrasing).map(([opener, children]) => ({type: 'recital', opener, children}))
const formulaNode: fc.Arbitrary<Formula> = phrasing.map((children) => ({type: 'formula', children}))

const boilerplateReason = fc.constantFrom<Boilerplate['reason']>('caption', 'credit', 'duplicate', 'related', 'widget', 'editorial', 'time', 'endMark', 'trailing', 'masthead')

/** One block of a document tree. */
export const flowNode: fc.Arbitrary<FlowContent> = fc.oneof(
  {weight: 2, arbitrary: fc.tuple(fc.constantFrom<'title' | 'subheading'>('title', 'subheading'), phrasing).map(([role, children]): FlowContent => ({type: 'heading', role, children}))},
  {weight: 1, arbitrary: fc.tuple(fullDate, hostileString).map(([date, value]): FlowContent => ({type: 'stamp', date, value}))},
  {weight: 1, arbitrary: phrasing.map((children): FlowContent => ({type: 'standfirst', children}))},
  {weight: 4, arbitrary: paragraphNode},
  {weight: 1, arbitrary: fc.tuple(boilerplateReason, phrasing).map(([reason, children]): FlowContent => ({type: 'boilerplate', reason, children}))},
  {weight: 1, arbitrary: fc.tuple(nullable(fc.oneof(pick(cities), hostileString)), nullable(fullDate), phrasing).map(([place, date, children]): FlowContent => ({type: 'venue', place, date, children}))},
  {weight: 1, arbitrary: phrasing.map((children): FlowContent => ({type: 'salutation', children}))},
  {weight: 2, arbitrary: fc.array(fc.oneof(recitalNode, formulaNode), {maxLength: 4}).map((children): FlowContent => ({type: 'preamble', children}))},
  {weight: 2, arbitrary: fc.array(clauseNode, {maxLength: 4}).map((children): FlowContent => ({type: 'operative', children}))},
  {weight: 1, arbitrary: phrasing.map((children): FlowContent => ({type: 'closing', children}))},
  {
    weight: 1,
    arbitrary: fc
      .tuple(nullable(fc.oneof(pick(['Witnessed by:', 'Signed:']), hostileString)), nameString, nullable(fc.oneof(pick(posts), hostileString)), phrasing)
      .map(([label, name, role, children]): Signature => ({type: 'signature', label, name, role, children}))
  }
)

const roleRecord: fc.Arbitrary<RoleRecord> = fc
  .tuple(fc.oneof(pick(posts), hostileString), fc.oneof(pick(['Minister of Foreign Affairs', 'Secretary General', 'President']), hostileString), nullable(countryCode), nullable(organizationString))
  .map(([post, fn, country, organization]) => ({post, function: fn, country, organization}))

const personRecord: fc.Arbitrary<PersonRecord> = fc
  .tuple(entityKey, nameString, fc.array(nameString, {maxLength: 2}), nullable(pick(['H.E.', 'Mr.', 'Dr.', '=HYPERLINK()'])), fc.array(roleRecord, {maxLength: 2}))
  .map(([entity, name, variants, honorific, roles]) => ({entity, name, variants, honorific, roles}))

const participantRecord: fc.Arbitrary<ParticipantRecord> = fc
  .tuple(entityKey, fc.boolean(), fc.constantFrom<ParticipantRecord['basis']>('chaired', 'attended', 'spoke', 'signed', 'delivered'), nullable(roleRecord))
  .map(([entity, chair, basis, role]) => ({entity, chair, basis, role}))

const meetingRecord: fc.Arbitrary<MeetingRecord> = fc
  .tuple(
    fc.oneof(pick(['Extraordinary Meeting of the Council of Foreign Ministers', 'the 7th Summit', 'the meeting']), hostileString),
    nullable(organizationString),
    nullable(organizationString),
    fc.constantFrom<MeetingRecord['kind']>('extraordinary', 'ordinary', 'summit', 'meeting'),
    nullable(fullDate),
    fc.constantFrom<MeetingRecord['mode']>('online', 'in-person', null),
    nullable(fc.oneof(pick(cities), hostileString)),
    fc.array(participantRecord, {maxLength: 4})
  )
  .map(([name, organization, body, kind, date, mode, place, participants]) => ({name, organization, body, kind, date, mode, place, participants}))

/**
 * A document tree that validates against the schema, of the given kinds.
 *
 * @param kinds
 *   The kinds to draw from (default: all three).
 * @returns
 *   The arbitrary.
 */
export function documentTree(kinds: readonly Kind[] = ['statement', 'speech', 'news']): fc.Arbitrary<Document> {
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      date: nullable(fullDate),
      title: nullable(fc.oneof(phrase(8), hostileString)),
      dateline: nullable(fc.oneof(pick(cities), hostileString)),
      publisher: nullable(fc.oneof(pick(agencies), organizationString)),
      people: fc.uniqueArray(personRecord, {maxLength: 4, selector: (record) => record.entity}),
      meeting: nullable(meetingRecord, 2),
      children: fc.array(flowNode, {maxLength: 7})
    })
    .map(({kind, date, title, dateline: place, publisher, people: records, meeting, children}): Document => ({
      type: 'document',
      kind,
      date,
      title,
      dateline: place,
      publisher,
      people: records,
      meeting,
      // A preamble and an operative part are a statement's (tree spec); `toAkn` documents that it refuses them in a speech.
      children: kind === 'speech' ? children.filter((child) => child.type !== 'preamble' && child.type !== 'operative') : children
    }))
}

/** A stem (file name without extension): mostly plain, sometimes with spaces, unicode or URL syntax. */
export const stem: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/)},
  {weight: 1, arbitrary: pick(['café résumé', 'Ünïcödé-стем', 'a#b', 'a?b=c', '100%', 'x y', '.hidden', '--', 'CON', 'a.b.c'])}
)

/** Input documents for `resolve`: trees with unique stems. */
export const inputTrees: fc.Arbitrary<Array<{stem: string; file: string; tree: Document}>> = fc
  .uniqueArray(fc.tuple(stem, documentTree()), {minLength: 1, maxLength: 3, selector: ([name]) => name})
  .map((pairs) => pairs.map(([name, tree]) => ({stem: name, file: `${name}.txt`, tree})))
