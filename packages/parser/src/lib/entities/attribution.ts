import type {PersonRecord} from '@communique/doctree'
import {compatibleRoles, roleKeys} from '@communique/knowledge'
import {classOf, lower, space} from './chars.js'
import type {HonorificMention, PersonMention, RoleMention, ScannedSegment} from './scan.js'
import {firstFrom} from './spans.js'
import {sentencesOf} from './sentences.js'
import {reportingVerbs, titleCues} from './words.js'

/** A quotation to attribute: `[start, end)` is its text inside the marks, in segment `segment`. */
export interface QuoteSpan {
  segment: number
  start: number
  end: number
  continued: boolean
}

/** Who said a quotation, and whether it reads as someone's words at all. */
export interface Attribution {
  /** Entity key of the speaker, or null when it cannot be decided. */
  speaker: string | null
  /** Whether the span holds someone's words (not a title, theme, motto or one-word scare quote). */
  speech: boolean
}

/** The entity of the last item before an offset in a segment, in items in reading order. */
function lastBefore(items: ReadonlyArray<{segment: number; start: number; entity: string}>, segment: number, offset: number): string | null {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (precedes(items[middle]!, segment, offset)) low = middle + 1
    else high = middle
  }
  return items[low - 1]?.entity ?? null
}

/** Whether a mention comes before an offset in a segment. */
function precedes(item: {segment: number; start: number}, segment: number, offset: number): boolean {
  return item.segment < segment || (item.segment === segment && item.start < offset)
}


/** What may open a sentence before its subject: a dateline's dash, a post in capitals (`Foreign Minister`, `Chile's`). */
const sentenceSubject = /^[\s"“«(]*(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and)\s+)*$/u

/** How far from a quotation its tag may stand, in characters. */
const window = 300

const adverbs = /^(?:further|also|then|later|again|however|himself|herself|earlier|once\s+again|in\s+turn)$/i
/** Verbs that make the name before them a sentence's subject without reporting anything. */
const copulas = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'remained', 'remains', 'appeared', 'seemed', 'sounded', 'struck'])
/** Participles that report speech after a comma: their subject is the sentence's. */
const participles = new Set(['saying', 'adding', 'noting', 'stressing', 'warning', 'insisting', 'arguing', 'declaring', 'telling'])

/**
 * Attribute quotations to the people who said them: by a name next to a reporting verb
 * (`Nurova said`, `said Omuraliev`), by a title (`the minister added`: the one minister the text
 * names), by a pronoun (`he added`: the last speaker), by continuation (an untagged quotation after
 * another in the same paragraph, or one that re-opens in the next paragraph), and, in a speech, the
 * speaker's own `I said, “…”`. What cannot be decided stays unattributed: nothing is guessed.
 *
 * @param segments
 *   The scanned segments (people already grouped).
 * @param people
 *   The document's people.
 * @param quotes
 *   The quotations, in reading order.
 * @param speaker
 *   The entity key of the speech's speaker, for first-person quotations (null for other kinds).
 * @returns
 *   One attribution per quotation.
 */
export function attributeQuotes(
  segments: readonly ScannedSegment[],
  people: readonly PersonRecord[],
  quotes: readonly QuoteSpan[],
  speaker: string | null
): Attribution[] {
  const bySegment = new Map(segments.map((segment) => [segment.segment.index, segment]))
  const results: Attribution[] = []
  let lastSpeaker: string | null = null
  // People as the subject of a verb (`Sahinoglu noted`), in reading order: what `he` refers to.
  const subjects = segments.flatMap((segment) =>
    segment.mentions
      .filter((mention): mention is PersonMention => mention.kind === 'person' && mention.entity !== '')
      .filter((mention) => {
        const rest = segment.segment.text.slice(mention.end, mention.end + 200)
        const next = /^\s+(?:(?:further|also|then|later|again)\s+)?(\p{Ll}+)/u.exec(rest)
        // `Bello said`, `Bello met`, `Bello was equally upbeat. He said …`.
        if (next !== null && (reportingVerbs.has(next[1]!) || next[1]!.endsWith('ed') || copulas.has(next[1]!))) return true
        // `X, who was part of her country's delegation, told reporters`: past a clause about the subject.
        const past = /^,\s[^.;"“”«»]{1,140}?,\s+(?:(?:further|also|then|later|again)\s+)?(\p{Ll}+)/u.exec(rest)
        return past !== null && reportingVerbs.has(past[1]!)
      })
      .map((mention) => ({segment: segment.segment.index, start: mention.start, entity: mention.entity}))
  )
  const allPersons = segments.flatMap((segment) =>
    segment.mentions
      .filter((mention): mention is PersonMention => mention.kind === 'person' && mention.entity !== '')
      .map((mention) => ({segment: segment.segment.index, start: mention.start, entity: mention.entity}))
  )
  // Where each person is first mentioned: who the text has named by a given point.
  const firstMention = new Map<string, {segment: number; start: number}>()
  for (const item of allPersons) if (!firstMention.has(item.entity)) firstMention.set(item.entity, item)
  const pronounTarget = (segment: number, offset: number): string | null =>
    lastBefore(subjects, segment, offset) ?? lastSpeaker ?? lastBefore(allPersons, segment, offset)
  let lastBySegment = new Map<number, {speaker: string | null; end: number}>()

  // The people and posts of each segment that has a quotation, gathered on first use.
  const mentionsBySegment = new Map<number, {persons: PersonMention[]; roles: RoleMention[]; honorifics: Map<number, number>}>()
  const mentionsOf = (segment: ScannedSegment) => {
    let mentioned = mentionsBySegment.get(segment.segment.index)
    if (!mentioned) {
      mentioned = {
        persons: segment.mentions.filter((mention): mention is PersonMention => mention.kind === 'person' && mention.entity !== '').sort((a, b) => a.start - b.start),
        roles: segment.mentions.filter((mention): mention is RoleMention => mention.kind === 'role'),
        honorifics: new Map(
          segment.mentions.filter((mention): mention is HonorificMention => mention.kind === 'honorific').map((mention) => [mention.start, mention.end])
        )
      }
      mentionsBySegment.set(segment.segment.index, mentioned)
    }
    return mentioned
  }

  // The outermost quotation seen so far in a segment: a quotation inside it is a quote within a quote.
  const outerStart = new Map<number, number>()
  const outerEnd = new Map<number, number>()
  const ordered = [...quotes].sort((a, b) => a.segment - b.segment || a.start - b.start || b.end - a.end)
  for (const quote of ordered) {
    if ((outerEnd.get(quote.segment) ?? -1) < quote.end) {
      outerStart.set(quote.segment, quote.start)
      outerEnd.set(quote.segment, quote.end)
    }
  }
  for (const quote of quotes) {
    const segment = bySegment.get(quote.segment)
    if (!segment) {
      results.push({speaker: null, speech: false})
      continue
    }
    const text = segment.segment.text
    const content = text.slice(quote.start, quote.end)
    const verdict = isSpeech(text, quote, content)
    let speech = verdict === 'speech'
    const inner = (outerEnd.get(quote.segment) ?? -1) > quote.end && (outerStart.get(quote.segment) ?? Infinity) < quote.start
    if (inner) {
      results.push({speaker: null, speech: false})
      continue
    }
    const {persons, roles, honorifics} = mentionsOf(segment)
    const sentences = sentencesOf(segment)
    const sentence = sentences[Math.max(0, firstFrom(sentences, quote.start + 1) - 1)] ?? {start: 0, end: text.length}

    let found: string | null = null
    // A tag after the quotation: `…,” the minister added.` / `…,» said Omuraliev.`, in the sentence
    // the quotation ends in (it may hold several).
    const endSentence = sentences[Math.max(0, firstFrom(sentences, quote.end + 1) - 1)] ?? sentence
    const tagEnd = Math.max(sentence.end, endSentence.end)
    const afterStart = quote.end + 1
    const after = text.slice(afterStart, tagEnd)
    const lead = /^[\s,.!?;:”"»’]*/.exec(after)![0].length
    const tagStart = afterStart + lead
    // The people the text has named by then, which only a title (`the minister said`) needs: made
    // when first asked for, so that a long text of quotations does not cost quotations × people.
    let named: PersonRecord[] | undefined
    const known = (): readonly PersonRecord[] =>
      (named ??= people.filter((person) => {
        const first = firstMention.get(person.entity)
        return first !== undefined && precedes(first, quote.segment, quote.end + 80)
      }))
    if (/^[,\s]/.test(after) || lead > 0) found = tagAfter(text, tagStart, tagEnd, {persons, roles, honorifics}, known, () => pronounTarget(quote.segment, quote.start), speaker)
    // A tag before it, in the same sentence: `He added, “…”` / `Nurova said that … “…”`.
    if (!found) found = tagBefore(text, sentence.start, quote.start - 1, persons, roles, known, () => pronounTarget(quote.segment, quote.start), speaker)
    // One word its own sentence says someone used (`Maïga called the sanctions “criminal”`) is theirs.
    if (found && verdict === 'word') speech = true
    // Continuation: an untagged quotation after an attributed one in the same paragraph.
    if (!found) {
      const previous = lastBySegment.get(quote.segment)
      if (previous?.speaker && !persons.some((person) => person.start >= previous.end && person.end <= quote.start && person.entity !== previous.speaker)) {
        found = previous.speaker
      }
    }
    // `Before departing, Foreign Minister X said:` ending the paragraph before a quotation that opens its own.
    if (!found && !quote.continued && /^\W{0,2}$/.test(text.slice(0, Math.max(0, quote.start - 1)))) {
      const previous = bySegment.get(quote.segment - 1)
      const previousText = previous?.segment.text ?? ''
      if (previous && /:\s*$/.test(previousText)) {
        const last = sentencesOf(previous).at(-1) ?? {start: 0, end: previousText.length}
        const colon = previousText.trimEnd().length - 1
        const before = mentionsOf(previous)
        found = tagBefore(previousText, last.start, colon, before.persons, before.roles, known, () => pronounTarget(previous.segment.index, colon), speaker)
      }
    }
    if (!found && quote.continued) found = lastSpeaker
    // A paragraph that is a quotation and nothing else, right after one whose quotation closed it with its speaker
    // (`"…," she said.` then `"If the group wants to matter, …"`): the same speaker goes on.
    if (!found && !quote.continued && /^\W{0,2}$/.test(text.slice(0, Math.max(0, quote.start - 1))) && /^\W{0,3}$/.test(text.slice(quote.end))) {
      const previous = lastBySegment.get(quote.segment - 1)
      const previousSegment = bySegment.get(quote.segment - 1)
      if (previous?.speaker && previousSegment && !mentionsOf(previousSegment).persons.some((person) => person.start > previous.end && person.entity !== previous.speaker)) {
        found = previous.speaker
      }
    }
    results.push({speaker: found, speech})
    if (found) lastSpeaker = found
    lastBySegment.set(quote.segment, {speaker: found, end: quote.end})
    if (lastBySegment.size > 4) lastBySegment = new Map([...lastBySegment].slice(-4))
  }
  // A quotation that runs on into the next paragraph, where its tag is (`"For sixty years … / "Today
  // …," X said`): the speaker of the part that carries on is the speaker of the part before.
  for (let index = results.length - 2; index >= 0; index--) {
    const next = quotes[index + 1]!
    if (results[index]!.speaker === null && results[index]!.speech && next.continued && next.segment === quotes[index]!.segment + 1) {
      results[index]!.speaker = results[index + 1]!.speaker
    }
  }
  return results
}

/**
 * Whether a quotation reads as someone's words: `speech`; `word` for one lowercase word, which is
 * someone's only where a tag in its sentence says whose (else a scare quote); `none` for a title,
 * theme or motto.
 */
function isSpeech(text: string, quote: QuoteSpan, content: string): 'speech' | 'word' | 'none' {
  const words = content.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  const before = text.slice(Math.max(0, quote.start - 40), Math.max(0, quote.start - 1))
  if (titleCues.test(before)) return 'none'
  if (words.length < 2) return words.length === 1 && /^\p{Ll}[\p{L}'’-]{2,}[.,!?]?$/u.test(words[0]!) ? 'word' : 'none'
  if (/^\W{0,2}\s*(?:document|programme|program|vision|strategy|plan|initiative|concept|summit|conference)\b/i.test(text.slice(quote.end + 1))) return 'none'
  // Title Case without a verb-like lowercase word: a title, not speech (`Turkic World Vision - 2040`).
  // Numbers are neither (`1004 is not the end` is speech).
  const significant = words.filter((word) => word.length > 3 && /\p{L}/u.test(word))
  if (significant.length > 0 && significant.every((word) => /^[^\p{L}]*\p{Lu}/u.test(word))) return 'none'
  return 'speech'
}

/**
 * Where a name starts at `start`, past the honorifics the scanner found there (`Mrs`, `H.E. Dr.`)
 * and the white space after each.
 */
function pastHonorifics(text: string, start: number, honorifics: ReadonlyMap<number, number>): number {
  for (let end = honorifics.get(start); end !== undefined; end = honorifics.get(start)) {
    start = end
    while (start < text.length && isSpace(text.charCodeAt(start))) start++
  }
  return start
}

/** An honorific before a lowercase particle, which the scanner does not read as one (`Mr. de la Torre`), and the particles. */
const honorificAndParticles = /^(?:(?:Mrs?|Ms|Dr|Prof)\.?\s+)?(?:(?:de|da|do|dos|das|del|van|von|der|den|la|le|di|du|Van|Von|De|Ó|Ní|Nic)\s+(?:(?:la|der|den|los|las)\s+)?)?/

/**
 * The person mention a tag's subject starts with at `start`: right there, past honorifics
 * (`Mrs Langat`, `H.E. Dr. Amina Yusuf`) or past lowercase particles the name was found without
 * (`de la Torre`: `Torre`).
 */
function subjectAt(
  text: string,
  start: number,
  end: number,
  persons: PersonMention[],
  honorifics: ReadonlyMap<number, number>,
  roles: readonly RoleMention[] = []
): PersonMention | undefined {
  // `Timor-Leste's Foreign Minister X said`: past the post before the name.
  const post = roles.find((role) => role.start === start)
  if (post) {
    let after = post.end
    while (after < text.length && isSpace(text.charCodeAt(after))) after++
    const named = subjectAt(text, after, end, persons, honorifics)
    if (named) return named
  }
  const nameStart = pastHonorifics(text, start, honorifics)
  const lead = honorificAndParticles.exec(text.slice(nameStart, Math.min(end, nameStart + 40)))![0].length
  return persons.find((mention) => mention.start === nameStart || mention.start === nameStart + lead)
}

function tagAfter(
  text: string,
  start: number,
  end: number,
  {persons, roles, honorifics}: {persons: PersonMention[]; roles: RoleMention[]; honorifics: ReadonlyMap<number, number>},
  people: () => readonly PersonRecord[],
  pronounTarget: () => string | null,
  speaker: string | null
): string | null {
  end = Math.min(end, start + window)
  const rest = text.slice(start, end)
  // Inverted: `said Omuraliev`, `added the minister`.
  const inverted = /^(\p{Ll}+)\s+/u.exec(rest)
  if (inverted && reportingVerbs.has(inverted[1]!)) {
    const subjectStart = start + inverted[0].length
    // `said Mrs Grace Wairimu`: the name after its honorifics.
    const person = subjectAt(text, subjectStart, end, persons, honorifics)
    if (person) return person.entity
    const title = /^the\s+([^,.;]{2,80}?)(?=[,.;]|$)/i.exec(text.slice(subjectStart, end))
    if (title) {
      // `said the High Representative after the meeting`: the title is the longest start of the phrase that names one.
      const words = title[1]!.split(/\s+/)
      for (let length = words.length; length >= 1; length--) {
        const found = byTitle(words.slice(0, length).join(' '), roles, people())
        if (found) return found
      }
      return null
    }
  }
  // Subject then verb: `the minister added`, `he wrote`, `Nurova said`, `Mrs Langat said`, `de la Torre told`.
  const person = subjectAt(text, start, end, persons, honorifics, roles)
  if (person && verbFollows(text, person.end, end)) return person.entity
  const pronoun = /^(he|she|they|I)\s+/i.exec(rest)
  if (pronoun && verbFollows(text, start + pronoun[1]!.length, end)) {
    return pronoun[1] === 'I' ? speaker : pronounTarget()
  }
  // Case-sensitive: with `i`, `\p{Ll}` would match `Representative` in `the High Representative said`.
  const title = /^([Tt]he\s+[^,.;“”"«»]{2,80}?)\s+(?:(?:further|also|then|later|again)\s+)?(\p{Ll}+)\b/u.exec(rest)
  if (title && reportingVerbs.has(title[2]!)) return byTitle(title[1]!, roles, people())
  return null
}

/**
 * The tag before a quotation: a reporting verb in the same sentence, at most `window` characters
 * back, and its subject (a name, a pronoun, a post, `the …`), last verb first.
 *
 * Reads only near each verb (never the whole text before it), so a long paragraph full of
 * quotations costs time in proportion to its length.
 *
 * @param text
 *   The segment's text.
 * @param sentenceStart
 *   Start of the quotation's sentence.
 * @param end
 *   Where to stop looking (the quotation's opening mark).
 * @param persons
 *   The segment's people mentions, in order.
 * @param roles
 *   The segment's post mentions.
 * @param people
 *   The people the text has named by then (asked for only when a title needs them).
 * @param pronounTarget
 *   Who `he`, `she` or `they` is.
 * @param speaker
 *   Who `I` is (a speech's speaker), or null.
 * @returns
 *   The speaker's entity key, or null.
 */
export function tagBefore(
  text: string,
  sentenceStart: number,
  end: number,
  persons: PersonMention[],
  roles: RoleMention[],
  people: () => readonly PersonRecord[],
  pronounTarget: () => string | null,
  speaker: string | null
): string | null {
  // A tag stands near its quotation: look back at most `window` characters.
  sentenceStart = Math.max(sentenceStart, end - window)
  const before = text.slice(sentenceStart, Math.max(sentenceStart, end))
  // The last reporting verb before the quotation, outside other quotations.
  const verbs = [...before.matchAll(/\b(\p{Ll}+)\b/gu)].filter((match) => reportingVerbs.has(match[1]!) || participles.has(match[1]!))
  for (let index = verbs.length - 1; index >= 0; index--) {
    const verb = verbs[index]!
    const verbStart = sentenceStart + verb.index
    // `X delivered a blunt speech, saying …`: the participle's subject is the sentence's, its first name.
    if (participles.has(verb[1]!)) {
      if (!/,\s*$/.test(text.slice(Math.max(sentenceStart, verbStart - 3), verbStart))) continue
      const first = persons.find((mention) => mention.start >= sentenceStart && mention.end <= verbStart)
      if (first) return first.entity
      continue
    }
    // The subject: what ends right before the verb (adverbs allowed), white space and commas aside.
    let cursor = verbStart
    // `my predecessor, Fergal Mulcahy — told me`: a dash closing an apposition.
    const dash = /\s*[—–]\s*$/.exec(text.slice(Math.max(sentenceStart, cursor - 4), cursor))
    if (dash) cursor -= dash[0].length
    const adverb = lowercaseWordBefore(text, cursor)
    if (adverb && adverbs.test(adverb.word)) cursor = adverb.start
    // `X, who told the summit …`: the name before `who`; `X briefed the meeting and said …`: the sentence's subject.
    const joined = lowercaseWordBefore(text, cursor)
    if (joined?.word === 'who') cursor = joined.start
    else if (joined && (joined.word === 'and' || joined.word === 'but')) {
      const subject = persons.find((mention) => mention.start >= sentenceStart && mention.end <= joined.start)
      if (subject && sentenceSubject.test(text.slice(sentenceStart, subject.start))) return subject.entity
    }
    // `X on Monday described …`, `X, speaking to reporters, said`: a time or a participle phrase between.
    const between = /(?:,\s*)?(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|earlier|later|this\s+week)\s*,?\s*$/i.exec(text.slice(Math.max(sentenceStart, cursor - 30), cursor))
    if (between) cursor -= between[0].length
    let subjectEnd = trimSpaceAndCommas(text, cursor)
    let person = persons.find((mention) => mention.end === subjectEnd && mention.start >= sentenceStart)
    // `X, who chaired the talks, said …`, `X, a former diplomat, said …`: past a clause about the subject.
    if (!person) {
      const from = Math.max(sentenceStart, cursor - 160)
      const clause = /,\s*(?:who|whose)\s[^“”"«»]{1,140}?,\s*$|,\s*(?:a|an|the)\s[^“”"«»,]{1,100},\s*$/u.exec(text.slice(from, cursor))
      if (clause) {
        subjectEnd = trimSpaceAndCommas(text, from + clause.index)
        person = persons.find((mention) => mention.end === subjectEnd && mention.start >= sentenceStart)
      }
    }
    if (person) return person.entity
    const pronoun = pronounBefore(text, subjectEnd)
    if (pronoun) return pronoun === 'I' ? speaker : pronounTarget()
    const role = roles.find((mention) => mention.end === subjectEnd && mention.start >= sentenceStart)
    if (role) return byTitle(role.post, [role], people())
    // `the minister said`; not `criticized the plan and said`, where the subject is an earlier verb's.
    const title = theTitleBefore(text, subjectEnd)
    const titled = title ? byTitle(title, roles, people()) : null
    if (titled) return titled
    // `Minister Carlos Ortega of Chile reminded us …`: the name, then where the person is from.
    const from = /\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u.exec(text.slice(Math.max(sentenceStart, subjectEnd - 60), subjectEnd))
    if (from) {
      const nameEnd = subjectEnd - from[0].length
      const named = persons.find((mention) => mention.end === nameEnd && mention.start >= sentenceStart)
      if (named) return named.entity
    }
  }
  return null
}

/**
 * The last word before an offset when it is all lowercase letters with white space before it:
 * what `/\s+(\p{Ll}+)\s*$/u` finds in `text.slice(0, at)`, read backwards from `at`.
 *
 * @param text
 *   Text.
 * @param at
 *   An offset in it.
 * @returns
 *   The word (the regex's group) and where the white space before it starts (the match's
 *   start), or null.
 */
export function lowercaseWordBefore(text: string, at: number): {word: string; start: number} | null {
  let index = at
  while (index > 0 && isSpace(text.charCodeAt(index - 1))) index--
  const end = index
  while (index > 0) {
    const code = codePointBefore(text, index)
    if ((classOf(code) & lower) === 0) break
    index -= code > 0xff_ff ? 2 : 1
  }
  if (index === end || index === 0 || !isSpace(text.charCodeAt(index - 1))) return null
  const word = text.slice(index, end)
  while (index > 0 && isSpace(text.charCodeAt(index - 1))) index--
  return {word, start: index}
}

/**
 * Where text ends once white space and commas before an offset are dropped: the length of
 * `text.slice(0, at).replace(/[\s,]+$/, '')`.
 *
 * @param text
 *   Text.
 * @param at
 *   An offset in it.
 * @returns
 *   The offset.
 */
export function trimSpaceAndCommas(text: string, at: number): number {
  while (at > 0 && (text.charCodeAt(at - 1) === 0x2c /* , */ || isSpace(text.charCodeAt(at - 1)))) at--
  return at
}

/**
 * The pronoun that ends a text at an offset, after a separator or at the start (`he`, `she`,
 * `they`, `I`, any case): what `/(?:^|[\s,;:(])(he|she|they|I)$/i` finds in `text.slice(0, end)`.
 * Such a match takes at most five characters, so five are read; and in five characters that do not
 * start the text, `^` could only match with a five-letter pronoun, which there is not.
 *
 * @param text
 *   Text.
 * @param end
 *   An offset in it.
 * @returns
 *   The pronoun as written, or null.
 */
export function pronounBefore(text: string, end: number): string | null {
  return /(?:^|[\s,;:(])(he|she|they|I)$/i.exec(text.slice(Math.max(0, end - 5), end))?.[1] ?? null
}

/**
 * The words after a `the` that ends a text at an offset (`the foreign minister`): what
 * `/\bthe\s+([\p{L}’' -]{2,60})$/iu` finds in `text.slice(0, end)`. The group ends at `end` and holds
 * at most 60 code points (120 UTF-16 units), so white space before it starts at most 120 units
 * before `end`, and `the` right before that white space; the text from one unit before `the` is
 * read, so that `\b` sees the same character before it.
 *
 * @param text
 *   Text.
 * @param end
 *   An offset in it.
 * @returns
 *   The regex's group, or null.
 */
export function theTitleBefore(text: string, end: number): string | null {
  let from = Math.max(0, end - 120)
  while (from > 0 && isSpace(text.charCodeAt(from - 1))) from--
  from = Math.max(0, from - 4)
  return /\bthe\s+([\p{L}’' -]{2,60})$/iu.exec(text.slice(from, end))?.[1] ?? null
}

/**
 * Whether a UTF-16 unit is white space (`\s`).
 *
 * @param code
 *   A UTF-16 unit.
 * @returns
 *   Whether it is.
 */
function isSpace(code: number): boolean {
  return (classOf(code) & space) !== 0
}

/**
 * The code point that ends at an index, as a `u`-flag regular expression reads it (a surrogate
 * pair is one code point, a lone surrogate is itself).
 *
 * @param text
 *   Text.
 * @param index
 *   An index into it, above 0.
 * @returns
 *   The code point.
 */
function codePointBefore(text: string, index: number): number {
  const code = text.charCodeAt(index - 1)
  if (code >= 0xdc_00 && code <= 0xdf_ff && index >= 2) {
    const previous = text.charCodeAt(index - 2)
    if (previous >= 0xd8_00 && previous <= 0xdb_ff) return (previous - 0xd8_00) * 0x4_00 + (code - 0xdc_00) + 0x1_00_00
  }
  return code
}

function verbFollows(text: string, from: number, end: number): boolean {
  const rest = text.slice(from, end)
  // `X said`, `X, attending his first retreat, said`.
  const next = /^\s+(?:(?:further|also|then|later|again)\s+)?(\p{Ll}+)/u.exec(rest) ?? /^,\s[^,.;"“”«»]{1,80},\s+(?:(?:further|also|then|later|again)\s+)?(\p{Ll}+)/u.exec(rest)
  return next !== null && reportingVerbs.has(next[1]!)
}

/**
 * The one person a title points to (`the minister`, `The Azerbaijani foreign minister`, `Turkiye's
 * top diplomat`, `the Secretary General of the OTS`): the people whose posts are compatible; null
 * unless exactly one.
 *
 * @param title
 *   The title as the text gives it.
 * @param roles
 *   The post mentions of the segment.
 * @param people
 *   The people it may point to.
 * @returns
 *   The entity key of the one person, or null.
 */
export function byTitle(title: string, roles: RoleMention[], people: readonly PersonRecord[]): string | null {
  const keys = roleKeys(title.replace(/^the\s+/i, ''))
  const role = roles.find((mention) => title.includes(mention.post))
  const candidates = people.filter((person) =>
    person.roles.some(
      (record) =>
        compatibleRoles(roleKeys(record.function), keys) &&
        [...roleKeys(record.function)].some((key) => keys.has(key) || keys.has('minister')) &&
        (!role?.country || !record.country || record.country === role.country)
    )
  )
  return candidates.length === 1 ? candidates[0]!.entity : null
}
