import type {Kind, MeetingRecord, ParticipantRecord, PersonRecord, RoleRecord} from '@communique/doctree'
import {fold, roleKeys, type Knowledge} from '@communique/knowledge'
import {findDates} from '../dates.js'
import {classOf, letter, space} from './chars.js'
import {personalHonorific, titleHonorific} from '../patterns.js'
import type {CountryMention, OrganizationMention, PersonMention, PlaceMention, ScannedSegment} from './scan.js'
import {sentencesOf, type Sentence} from './sentences.js'
import {firstFrom} from './spans.js'
import {wordCount} from '../units.js'
import {officialHeads} from './words.js'

/** What the meeting reader needs to know about the document. */
export interface MeetingContext {
  kind: Kind
  /** The document's own date. */
  date: string | null
  /** The speech's speaker (entity key), for speeches. */
  speaker: string | null
  knowledge: Readonly<Knowledge>
}

const meetingWord = /\b(?:meeting|summit|session|conference|videoconference)(?!\s+(?:meeting|summit|session|conference)\b)\b/i
const meetingWords = new RegExp(meetingWord.source, 'gi')
const anyMeetingWord = /meeting|summit|session|conference/i
const notThisMeeting =
  /\b(?:ahead\s+of|next|upcoming|previous|prior|past|last|preparation\s+for|prepare\s+for|will\s+be\s+held|to\s+be\s+held|slated|scheduled|planned|before\s+attending|sidelines|bilateral|following\s+steps)\b/i
const onlineWords = /\b(?:videoconference|video\s+conference|video\s+link|virtual(?:ly)?|online|teleconference|via\s+teleconference)\b/i

interface Candidate {
  segment: ScannedSegment
  sentence: Sentence
  start: number
  end: number
  phrase: string
}

/**
 * Read the meeting a document reports and who took part in it.
 *
 * The meeting is the first one the text reports as held (not one ahead, past, planned, or met on
 * the sidelines). Participants are the people the text states took part: chaired (`chaired by`,
 * `under the chairmanship of`), attended (`attended by`, `Those attending … were`, `speeches were
 * delivered by`, `… participated in the meeting`), spoke at it (`said … during the meeting`,
 * `while addressing the meeting`, `told the attendees`, `For his part, …`), signed a joint text
 * after `having met`, or delivered the speech. Hosts (`at the invitation of`), people met on the
 * sidelines and people only mentioned are not participants.
 *
 * @param segments
 *   The scanned segments, people grouped.
 * @param people
 *   The document's people.
 * @param context
 *   Kind, date, speaker and knowledge.
 * @returns
 *   The meeting, or null when the document reports none.
 */
export function readMeeting(segments: readonly ScannedSegment[], people: readonly PersonRecord[], context: MeetingContext): MeetingRecord | null {
  const candidates: Candidate[] = []
  let excludedEarlier = false
  for (const segment of segments) {
    if (segment.segment.role === 'boilerplate' || segment.segment.text === '') continue
    // A meeting word in some sentence is a meeting word in the segment.
    if (!anyMeetingWord.test(segment.segment.text)) continue
    const insideQuotation = quotationTracker(segment.segment.text)
    for (const sentence of sentencesOf(segment)) {
      const text = segment.segment.text.slice(sentence.start, sentence.end)
      // Whether the sentence says `will be`: read once per sentence, not once per meeting word.
      let future: boolean | undefined
      for (const match of text.matchAll(meetingWords)) {
        const at = sentence.start + match.index
        if (insideQuotation(at)) continue
        const phrase = meetingPhrase(segment.segment.text, at, at + match[0].length, sentence)
        const lead = segment.segment.text.slice(Math.max(sentence.start, phrase.start - 60), phrase.start)
        const bare = /^(?:summit|meeting|session|conference)$/i.test(phrase.text.trim())
        // `meeting the need for tents`: a verb, not a meeting.
        if (/^(?:meeting|session)$/i.test(match[0]) && /^\s+(?:the|a|an|their|its|our|his|her|with|all|every|this|these|those)\b/i.test(segment.segment.text.slice(at + match[0].length))) continue
        if (notThisMeeting.test(lead) || notThisMeeting.test(phrase.text) || (future ??= /\bwill\s+be\b/i.test(text))) {
          excludedEarlier = true
          continue
        }
        // `the summit` after a summit that is ahead or past: the same one.
        if (bare && excludedEarlier && candidates.length === 0) continue
        candidates.push({segment, sentence, start: phrase.start, end: phrase.end, phrase: phrase.text})
      }
    }
  }
  const participants = readParticipants(segments, people, context)
  if (candidates.length === 0 && participants.length === 0) return null
  // The main mention: the first that says more than a bare `the meeting`.
  const bareMention = (candidate: Candidate) => /^(?:the|this|that|today[’']s)?\s*(?:meeting|summit|session|conference)$/i.test(candidate.phrase.trim())
  const main = candidates.find((candidate) => !bareMention(candidate)) ?? candidates[0]
  if (main) {
    candidates.splice(candidates.indexOf(main), 1)
    candidates.unshift(main)
  }
  const organization = main ? meetingOrganization(candidates, segments) : null
  // What the main candidate's sentence says of the meeting; later bare references (`the meeting`) add to it.
  const same = main ? [main, ...candidates.slice(1).filter(bareMention)] : []
  const all = same.map((candidate) => candidate.segment.segment.text.slice(candidate.sentence.start, candidate.sentence.end)).join(' ')
  const body = bodyOf(all)
  const named = main?.phrase ?? ''
  const kind: MeetingRecord['kind'] = /\b(?:extraordinary|emergency|special|urgent)\b/i.test(all)
    ? 'extraordinary'
    : /\bsummit\b/i.test(named)
      ? 'summit'
      : /\bordinary\b/i.test(all)
        ? 'ordinary'
        : 'meeting'
  const date = main ? meetingDate([main], context) : context.date
  const mode: MeetingRecord['mode'] = same.some((candidate) => onlineWords.test(candidate.segment.segment.text.slice(candidate.sentence.start, candidate.sentence.end)))
    ? 'online'
    : null
  const place = main ? (meetingPlace([main]) ?? heldIn(segments)) : null
  // An official of an organization, named without it (`SECRETARY GENERAL …`), serves the meeting's organization.
  for (const participant of participants) {
    if (participant.role && !participant.role.organization && !participant.role.country && organization && officialHeads.test(participant.role.function)) {
      participant.role = {...participant.role, organization: organization.name}
    }
  }
  return {
    name: main ? main.phrase.replace(/\s+/g, ' ') : 'meeting',
    organization: organization?.name ?? null,
    body,
    kind,
    date,
    mode,
    place,
    participants
  }
}

/** A word of a meeting's complement (`of`, `Foreign`, `(OTS)`), matched only where the last one ended. */
const complementWord = /\s*(\([\p{Lu}\d+ -]+\)|[\p{L}\d’'.+-]+)/uy

/**
 * The noun phrase around a meeting word: its modifiers before, its `of …` complement after.
 *
 * Both sides are read word by word outwards from the meeting word, so the time taken grows with
 * the phrase, not with the sentence around it.
 *
 * @param text
 *   The segment's text.
 * @param start
 *   Start of the meeting word.
 * @param end
 *   End of the meeting word.
 * @param sentence
 *   The sentence it is in.
 * @returns
 *   The phrase and where it is.
 */
export function meetingPhrase(text: string, start: number, end: number, sentence: Sentence): {start: number; end: number; text: string} {
  let from = start
  // Modifiers: `extraordinary videoconference`, `virtually held extraordinary`, `Foreign Ministers’`, `11th U.S.-ASEAN`.
  for (;;) {
    const word = modifierBefore(text, sentence.start, from)
    if (!word) break
    if (/^(?:the|a|an|this|that|its|their|our|of|in|on|at|to|for|and|by|was|were|is|held|has|have|had|said|during|after|before|with|from|following|addressing|attending)$/i.test(word.value)) break
    from = word.start
    if (from <= sentence.start) break
  }
  // Complement: `of the Council of Foreign Ministers of the member-states … of the Organization of Turkic States (OTS)`.
  // Its words are read one after the other, each where the last ended (a sticky expression), and
  // no further than the first that does not belong.
  let to = end
  const rest = text.slice(end, sentence.end)
  complementWord.lastIndex = 0
  const first = complementWord.exec(rest)
  if (first && /^(?:of|between)$/i.test(first[1]!)) {
    let consumed = 0
    let last = 0
    for (let position = 0, word: RegExpExecArray | null = first; word; position++, word = complementWord.exec(rest)) {
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
}

function meetingOrganization(candidates: Candidate[], segments: readonly ScannedSegment[]): {name: string; id: string | null} | null {
  for (const candidate of candidates) {
    const inside = candidate.segment.mentions.filter(
      (mention): mention is OrganizationMention => mention.kind === 'organization' && mention.start < candidate.end + 12 && mention.end > candidate.start - 40
    )
    // Prefer the organization a body belongs to, then a known organization, then any.
    const withParent = inside.find((mention) => mention.parent)
    if (withParent) return {name: withParent.parent!, id: withParent.id}
    const known = inside.find((mention) => mention.id)
    if (known) return {name: known.name, id: known.id}
    if (/\borganization[’']s\b|\bthe\s+organization\b|\bmember[- ]states\b/i.test(candidate.phrase)) {
      const main = mainOrganization(segments)
      if (main) return main
    }
    // An organization known only from the text: one whose name ends with an organization word.
    const generic = inside.find((mention) => /\b(?:organi[sz]ation|union|league|association|community|nations)\b/i.test(mention.name))
    if (generic) return {name: generic.name, id: null}
  }
  return null
}

/** The organization a document names most (knowledge first). */
function mainOrganization(segments: readonly ScannedSegment[]): {name: string; id: string | null} | null {
  const counts = new Map<string, {name: string; id: string | null; count: number}>()
  for (const segment of segments) {
    for (const mention of segment.mentions) {
      if (mention.kind !== 'organization' || (!mention.id && !mention.parent && !/\b(?:organi[sz]ation|union|league|association|community|nations)\b/i.test(mention.name))) continue
      const name = mention.parent ?? mention.name
      const entry = counts.get(name) ?? {name, id: mention.id, count: 0}
      entry.count += mention.id ? 2 : 1
      counts.set(name, entry)
    }
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0]
  return best ? {name: best.name, id: best.id} : null
}

function bodyOf(phrases: string): string | null {
  if (/\bcouncil\s+of\s+foreign\s+ministers\b|\bforeign\s+ministers[’']?\b|\bforeign\s+ministerial\b|\bFMs\b|\bCFM\b|\bministers\s+of\s+foreign\s+affairs\b/i.test(phrases)) {
    return 'Council of Foreign Ministers'
  }
  if (/\bheads\s+of\s+state\b|\bsummit\b|\bleaders\b/i.test(phrases)) return 'Summit'
  // Capitalised words, `and` between two of them (`Peace and Security Council`).
  const council = /\b((?:[\p{Lu}][\p{L}-]*\s+(?:and\s+(?=\p{Lu}))?)*(?:Council|Committee|Commission|Assembly))\b/u.exec(phrases)
  // A sentence's capital `The` is not the body's.
  return council ? council[1]!.replace(/^The\s+/, '') : null
}

function meetingDate(candidates: Candidate[], context: MeetingContext): string | null {
  for (const candidate of candidates) {
    const text = candidate.segment.segment.text.slice(candidate.sentence.start, candidate.sentence.end)
    const dates = findDates(text, context.date).filter((found) => found.precision === 'day')
    const own = dates.find((found) => !/\b(?:previous|prior|established|founded)\b/i.test(text.slice(0, found.start)))
    if (own) return own.value
  }
  return context.date
}

/**
 * The word that ends before an offset, white space aside, when white space or the start of the
 * sentence comes before it: what `/(?:^|\s)([\p{L}\d.+’'-]+|\+|\d+)\s*$/u` finds in
 * `text.slice(floor, at)` (its second and third alternatives only ever match what the first
 * does), read backwards from `at`.
 *
 * @param text
 *   Text.
 * @param floor
 *   Where the sentence starts (nothing before it is read).
 * @param at
 *   An offset at or after `floor`.
 * @returns
 *   The word (the regex's group) and where it starts, or null.
 */
export function modifierBefore(text: string, floor: number, at: number): {value: string; start: number} | null {
  let index = at
  while (index > floor && (classOf(text.charCodeAt(index - 1)) & space) !== 0) index--
  const end = index
  while (index > floor) {
    let code = text.charCodeAt(index - 1)
    let size = 1
    if (code >= 0xdc_00 && code <= 0xdf_ff && index - 2 >= floor) {
      const previous = text.charCodeAt(index - 2)
      if (previous >= 0xd8_00 && previous <= 0xdb_ff) {
        code = (previous - 0xd8_00) * 0x4_00 + (code - 0xdc_00) + 0x1_00_00
        size = 2
      }
    }
    if (!isModifierCode(code)) break
    index -= size
  }
  if (index === end || (index > floor && (classOf(text.charCodeAt(index - 1)) & space) === 0)) return null
  return {value: text.slice(index, end), start: index}
}

/**
 * Whether a code point may be part of a modifier: `[\p{L}\d.+’'-]`.
 *
 * @param code
 *   A code point.
 * @returns
 *   Whether it may.
 */
function isModifierCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || code === 0x2e /* . */ || code === 0x2b /* + */ || code === 0x20_19 /* ’ */ || code === 0x27 /* ' */ || code === 0x2d /* - */ || (classOf(code) & letter) !== 0
  )
}

/**
 * Whether offsets of a text sit inside quotation marks: more `“` and `«` than `”` and `»` before
 * the offset, or an odd number of `"`. Marks are counted on from the last offset asked, so offsets
 * asked in ascending order cost one pass over the text between them (one before the last is
 * counted again from the start).
 *
 * @param text
 *   Text.
 * @returns
 *   Whether an offset (0 to the text's length) sits inside quotation marks.
 */
export function quotationTracker(text: string): (at: number) => boolean {
  let position = 0
  let opened = 0
  let straight = 0
  return (at) => {
    const until = Math.min(at, text.length)
    if (until < position) {
      position = 0
      opened = 0
      straight = 0
    }
    for (; position < until; position++) {
      const code = text.charCodeAt(position)
      if (code === 0x20_1c /* “ */ || code === 0xab /* « */) opened++
      else if (code === 0x20_1d /* ” */ || code === 0xbb /* » */) opened--
      else if (code === 0x22 /* " */) straight ^= 1
    }
    return opened > 0 || straight === 1
  }
}

/** A place where people met or a meeting was held (`met today in Jeddah`, `held in Belgrade`). */
function heldIn(segments: readonly ScannedSegment[]): string | null {
  for (const segment of segments) {
    for (const mention of segment.mentions) {
      if (mention.kind !== 'place') continue
      if (/\b(?:met|held|convened|gathered|meet|meeting)\s+(?:today\s+|virtually\s+)?in\s+$/i.test(segment.segment.text.slice(Math.max(0, mention.start - 30), mention.start))) return mention.name
    }
  }
  return null
}

function meetingPlace(candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    const text = candidate.segment.segment.text
    const places = candidate.segment.mentions.filter(
      (mention): mention is PlaceMention =>
        mention.kind === 'place' && mention.start >= candidate.sentence.start && mention.end <= candidate.sentence.end && /\bin\s+$/.test(text.slice(Math.max(0, mention.start - 4), mention.start))
    )
    if (places[0]) return places[0].name
  }
  return null
}

const chairTrigger = /\b(?:chaired|co-chaired|presided(?:\s+over)?)\s+by\b|\bunder\s+the\s+(?:co-)?(?:chairmanship|chairpersonship|chairship)\s+of\b/i
const attendTrigger =
  /\battended\s+by\b|\bwith\s+the\s+participation\s+of\b|\bspeeches\s+were\s+(?:delivered|made)\s+by\b|\b(?:those|the\s+ones|others)\s+(?:attending|present|taking\s+part|participating)\b[^.]*?\bwere\b|\bparticipants\s+(?:included|were)\b|\bin\s+the\s+presence\s+of\b|\bwitnessed\s+by\b|\b(?:was|were)\s+represented\s+by\b|\b(?:was|were)\s+(?:also\s+)?joined\s+(?:\S+\s+){0,3}?by\b|\bin\s+attendance\s+(?:were|was)\b|\bspeakers\s+included\b|\b(?:delegation|side)\s+(?:(?:at|to)\s+the\s+\S+\s+)?(?:also\s+)?included\b|\b(?:was|were)\s+signed\s+by\b|\b(?:dialogue|meeting|talks|summit|session|conference|retreat)\s+(?:was|were)\s+(?:co-)?hosted\s+by\b/i
const participateVerb = /\b(?:participated|took\s+part|attended|joined)\b[^;]*?\b(?:meeting|summit|conference|session|event|talks|retreat|ministerial|gathering)\b/i
const spokeAt =
  /\b(?:said|stated|noted|stressed|spoke|told|called|urged|warned|argued|proposed|raised|insisted|asked)\b[^;]*?\b(?:during|at)\s+(?:the|an|a|this)\s+[^;]*?\b(?:meeting|summit|conference|session|retreat)\b/i
const addressing = /\b(?:while\s+addressing|addressed|addressing)\s+(?:the|an|a|this)\b[^;]*?\b(?:meeting|summit|conference|session|retreat|committee|council|assembly|plenary)\b/i
const toldAttendees = /\btold\s+(?:the\s+|(?:his\s+|her\s+|their\s+)?fellow\s+)(?:attendees|participants|meeting|conference|summit|retreat|ministers|delegates|leaders|plenary|session|closing\s+plenary|opening\s+session)\b/i
const inSpeech = /\b(?:in|during)\s+(?:his|her|their)\s+(?:speech|address|remarks|statement)\b/i
const forPart = /\bfor\s+(?:his|her|their)\s+part\b/i
/** `Noting the opening remarks by X … and the presentation by Y` (a communiqué's account of who spoke). */
const remarksBy = /\b(?:(?:opening|introductory|welcoming|closing|keynote)\s+(?:remarks|statement|address|speech)|presentation|briefings?|remarks|address)\s+(?:made\s+|delivered\s+|given\s+)?by\b/i
/** `X, who chaired the meeting,`: the name before `who` chaired it. */
const whoChaired = /^,?\s*who\s+(?:co-)?(?:chaired|presided\s+over)\s+(?:the|this|today['’]s)\s+(?:\S+\s+){0,3}?(?:meeting|summit|session|talks|conference|council|retreat|ministerial)\b/i
/** `X on Tuesday chaired the meeting`, `X presides over the meeting`: the name before the verb chaired it. */
const chairedThe = /\b(?:co-)?(?:chaired|chairs|presided\s+over|presides\s+over)\s+(?:the|this|today['’]s)\s+(?:\S+\s+){0,3}?(?:meeting|summit|session|talks|conference|council|retreat|proceedings|deliberations|plenary)\b/i
/** `which he co-chaired with his Thai counterpart X`: both chaired it. */
const coChairedWith = /\b(?:co-)?chaired\s+with\s+(?:his|her|their)?\s*(?:\S+\s+){0,3}?(?:counterpart|colleague)?,?\s*$/i
/** `X was also in attendance`, `X was also present`, `X participated virtually`, `X joined by video link`: the name before it attended. */
const presentAlone =
  /\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\b|\bparticipated\s+(?:virtually|online|remotely|by\s+video(?:\s*link|conference)?)\b|\bjoined\s+(?:the\s+\S+\s+)?(?:by|via)\s+video(?:\s*link|conference)?\b/i
/** `was originally meant to be chaired by`, `will be chaired by`: no one chaired it yet. */
const notYet = /\b(?:meant|supposed|expected|due|scheduled|planned|set|was|were|will|would)\s+(?:originally\s+)?(?:to\s+)?(?:have\s+)?be(?:en)?\s+(?:co-)?$/i
/** `X, who opened the proceedings,`, `X, who was part of her country's delegation,`: the name before `who` took part. */
const whoOpened = /^,?\s*who\s+(?:opened|closed)\s+(?:the\s+)?(?:proceedings|meeting|summit|session|conference|debate)\b/i
const whoDelegation =
  /^,?\s*who\s+(?:(?:was|were)\s+(?:part|a\s+member|members)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:\S+\s+){0,2}?delegations?|(?:also\s+)?joined\s+(?:\S+\s+){0,4}?(?:talks|meeting|summit|session|conference|discussions?))\b/i
/** `The President of X, A; and the President of Y, B, met in …`: those named before it met. */
const metIn = /\b(?:met|gathered|convened)\s+(?:(?:on|in|at)\s+(?:the\s+)?(?:city|capital|town)\b|in|at|virtually|online|today|here)\b/i
/** `The Lebanese delegation was led by X, accompanied by Y`: those after it took part. */
const delegationLed = /\bdelegations?\s+(?:was|were)\s+(?:led|headed)\s+by\b/i
/** `X presented the report`: the name before the verb spoke at the meeting. */
const presented = /\bpresented\s+(?:a|an|the|his|her|its|their)\s+(?:\S+\s+){0,3}?(?:report|situation|briefing|overview|update|findings|proposals?|results|conclusions)\b/i
/** What joins two subjects of one verb (`X and Fiji's Deputy Prime Minister Y attended`). */
const subjectsJoint = /^(?:\s*,)?\s+and\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|for)\s+){0,8}$/u
/** `X briefed participants`: the name before the verb spoke at the meeting. */
const briefed = /\bbriefed\s+(?:the\s+)?(?:participants|meeting|ministers|council|delegates|members|attendees|leaders|conference)\b/i
/**
 * `X held talks with Y`, `Ministers held an exchange of views with Y`: both took part in the talks
 * (the subject too when it is a person).
 */
const talksWith =
  /\b(?:held|holds|hold|had|has|have)\s+(?:an?\s+)?(?:(?:bilateral|official|extensive|fruitful|separate|substantive|informal|in-depth|frank|open)\s+)?(?:talks|meeting|consultations|negotiations|exchange\s+of\s+views|discussions?|dialogue)\s+with\b/i
/** `Speaking at the closing press conference, X said …`: the first name after the comma spoke there. */
const speakingAt = /^\W*(?:Speaking|Addressing|Talking)\s+(?:to\s+(?:reporters|journalists|the\s+press)\s+)?(?:at|during|after|before)\s+[^,]*?\b(?:meeting|summit|conference|session|talks|briefing)\b[^,]*,\s*/i
/** `X, …, attended and delivered the report`, `X also attended.`: `attended` with no object. */
const attendedAlone = /\b(?:also\s+)?attended\b(?=\s*(?:[,.;]|$|\s+(?:and|as|via|virtually|online|in\s+person|on\s+behalf)\b))/i
/** `a discussion led by X`: those after it spoke; `X and Y introduced a discussion`: those before it did. */
const ledBy = /\b(?:discussion|session|debate|dialogue|segment|panel)\b[^.;:]{0,120}?,?\s+(?:was\s+)?(?:led|moderated|introduced|opened)\s+by\b/i
const introduced = /\b(?:introduced|opened|led)\s+(?:a|the)\s+(?:\S+\s+){0,2}?(?:discussion|debate|session|dialogue|segment)\b/i
/** `X hosted his two counterparts`: the host took part. */
const hostedCounterparts = /\b(?:hosted|welcomed|received)\s+(?:his|her|their)\s+(?:\S+\s+){0,3}?(?:counterparts?|colleagues)\b/i
/** `Leaders attended, including X and Y`: those named after it took part. */
const attendedIncluding = /\b(?:attended|took\s+part|participated|were\s+present)\b,?\s+(?:including|among\s+them)\b/i
/** `X, who also addressed the closing session,`: the name before `who` spoke at it. */
const whoAddressed = /^,?\s*who\s+(?:also\s+)?(?:addressed|spoke\s+(?:at|to)|briefed)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:meeting|summit|session|conference|council|leaders|ministers|participants|retreat)\b/i
/** `Brazil sent its deputy foreign minister, X,`: the one sent took part. */
const sentIts = /\bsent\s+(?:its|their)\s+/i
/** `Myanmar sent a non-political representative, X, to the meeting`: the one sent took part. */
const sentTo = /\bsent\s+(?:a|an)\s+[^.;]{0,160}?\bto\s+(?:the|this)\s+(?:\S+\s+){0,3}?(?:meeting|summit|retreat|session|conference|talks)\b/i
/** `X, attending his first retreat, said`: the name before it took part. */
const attendingIts = /,\s*attending\s+(?:the|his|her|their|its)\s+(?:\S+\s+){0,2}?(?:meeting|summit|retreat|session|conference|talks)\b/i
/** What may stand before the name opening a list's item: markers and honorifics. */
const itemOpening = new RegExp(String.raw`^[\s\-–—•*]*(?:\p{Lu}[^:–—\n]{1,40}\s*[:–—]\s+)?(?:${titleHonorific}|${personalHonorific}|\s)*$`, 'u')
/** A paragraph that ends by introducing a list of those taking part: `…, with the participation of:`. */
const listIntroduction =
  /(?:\battended\s+by(?:\s+the\s+following\b[^:.;]{0,100})?|\bwith\s+the\s+participation\s+of|\bparticipants\s+(?:included|were)|\b(?:those|the\s+following)\s+(?:attending|present|taking\s+part|participating|participated|attended)(?:\s+(?:were|are))?|\b(?:delegations?|meeting)\s+(?:was|were)\s+(?:composed\s+of|headed\s+by|led\s+by)|\bthe\s+following\b[^:.;]{0,120}?\b(?:attended|participated\s+in|took\s+part\s+in|were\s+present\s+at|(?:was|were)\s+represented)\b[^:.;]{0,60})\s*:\s*$/i
/** The title of a transcript of an event whose speakers took part in it. */
const briefingTitle = /\b(?:press\s+conference|news\s+conference|press\s+briefing|special\s+briefing|media\s+briefing|briefing|transcript|media\s+availability|doorstep|press\s+point|joint\s+press\s+statements)\b/i

/** Lower-case words a speaker label may hold (`Minister of Foreign Affairs`, `Maarten van den Broek`). */
const labelConnectors = new Set(['of', 'the', 'and', 'for', 'de', 'da', 'do', 'dos', 'del', 'van', 'von', 'der', 'den', 'bin', 'bint', 'al', 'y', 'e'])

/** The heading of an attendance list (an annex's). */
const attendanceHeading =
  /^(?:annex(?:\s+[\dIVXLA-Z]{1,4})?\s*[:.\-–—]?\s*)?(?:(?:list\s+of\s+)?(?:heads\s+of\s+delegations?|participants|attendees|participating\s+delegations|delegations)|attendance(?:\s+list)?)\s*:?$/i
/** What opens a line of an attendance list before the name: a marker, the state or body (`Chile –`), honorifics. */
const annexLine = /^[\s\-–—•*]*(?:[^–—:\n]{2,80}\s[–—:-]\s+)?(?:\p{Lu}[\p{L}.’']{0,12}\.?\s+|the\s+){0,4}$/u
/** `Also noting the statement by X`: in a statement, a statement made at the meeting. */
const statementBy = /\bstatements?\s+(?:made\s+|delivered\s+)?by\b/i

function readParticipants(segments: readonly ScannedSegment[], people: readonly PersonRecord[], context: MeetingContext): ParticipantRecord[] {
  const result = new Map<string, ParticipantRecord>()
  const add = (person: PersonMention, basis: ParticipantRecord['basis'], chair: boolean) => {
    const existing = result.get(person.entity)
    if (existing) {
      existing.chair ||= chair
      if (chair) existing.basis = 'chaired'
      const role = roleOf(person, people)
      // A fuller post (one that says whom it serves) replaces a bare one.
      if (!existing.role || (role && !existing.role.country && !existing.role.organization && (role.country || role.organization))) existing.role = role
      return
    }
    result.set(person.entity, {entity: person.entity, chair, basis: chair ? 'chaired' : basis, role: roleOf(person, people)})
  }
  let reported = false
  // `… with the participation of:` and a list, one person to an item: the unit the next item is in.
  let listNext: number | null = null
  // Under a heading of the attendance (an annex), until a block with people is no list of them.
  let annex = false
  for (const segment of segments) {
    if (segment.segment.role === 'boilerplate' || segment.segment.role === 'title') continue
    const text = segment.segment.text
    const persons = segment.mentions
      .filter((mention): mention is PersonMention => mention.kind === 'person' && mention.entity !== '')
      .sort((a, b) => a.start - b.start)
    if (listNext !== null) {
      const first = persons[0]
      // An item opens with the name, after honorifics at most (`His Excellency Dr. …`).
      if (segment.segment.index === listNext && first && itemOpening.test(text.slice(0, first.start))) {
        add(first, 'attended', false)
        reported = true
        listNext = segment.segment.index + 1
      } else listNext = null
    }
    if (text.trimEnd().endsWith(':') && listIntroduction.test(text)) listNext = segment.segment.index + 1
    // `ANNEX: HEADS OF DELEGATION`, `List of participants`, then `Chile – Mr Luis Paz, Minister …` a line each.
    if (attendanceHeading.test(text.trim())) {
      annex = true
      continue
    }
    if (annex) {
      let listed = 0
      let lineStart = 0
      for (const line of text.split('\n')) {
        const lineEnd = lineStart + line.length
        const first = persons.find((person) => person.start >= lineStart && person.end <= lineEnd)
        // Something before the name (a marker, a state, an honorific) and its post or nothing after
        // it: a line of a list, not a sentence.
        const before = text.slice(lineStart, first?.start ?? lineStart)
        if (first && before.trim().length > 0 && annexLine.test(before) && /^\s*(?:\p{Lu}{2,5}\s*){0,3}(?:[,(;–—-]|$)/u.test(text.slice(first.end, lineEnd))) {
          add(first, 'attended', /\(\s*chair(?:man|person|woman)?\s*\)/i.test(text.slice(first.end, lineEnd)))
          listed++
          // `Chile – Mr Luis Paz, Minister of Foreign Affairs`: the state (or body) the line is for.
          const participant = result.get(first.entity)!
          const label = segment.mentions.find(
            (mention): mention is CountryMention | OrganizationMention =>
              (mention.kind === 'country' || mention.kind === 'organization') && mention.start >= lineStart && mention.end <= first.start
          )
          if (label && participant.role && !participant.role.country && !participant.role.organization) {
            participant.role = label.kind === 'country' ? {...participant.role, country: label.code} : {...participant.role, organization: label.name}
          }
        }
        lineStart = lineEnd + 1
      }
      reported ||= listed > 0
      // A block with a person but no line of the list ends it (a block of headings alone does not).
      if (listed === 0 && persons.length > 0) annex = false
    }
    for (const sentence of sentencesOf(segment)) {
      const value = text.slice(sentence.start, sentence.end)
      const inSentence: PersonMention[] = []
      for (let index = firstFrom(persons, sentence.start); index < persons.length && persons[index]!.end <= sentence.end; index++) inSentence.push(persons[index]!)
      if (inSentence.length === 0) continue
      const offset = (pattern: RegExp) => {
        const match = pattern.exec(value)
        return match ? {start: sentence.start + match.index, end: sentence.start + match.index + match[0].length} : null
      }
      const hostClause = offset(/\b(?:at|upon|on)\s+the\s+invitation\s+of\b[^;]*?(?=,\s+(?:the|a)\b|$)/i)
      // Those thanked (`Vidal thanked President Ana Ramos for hosting`), not who thanked them.
      const thanked = offset(/\bthanked\b/i)
      const isExcluded = (person: PersonMention) =>
        (hostClause !== null && person.start >= hostClause.start && person.end <= hostClause.end) ||
        /\bsidelines\b/i.test(value) ||
        (thanked !== null && person.start >= thanked.start)
      /** The last person named before a place in the sentence (the subject of a verb there). */
      const subjectBefore = (start: number) => inSentence.filter((person) => person.end <= start && !isExcluded(person)).at(-1)
      const chair = offset(chairTrigger)
      const attend = offset(attendTrigger)
      if (chair && !notYet.test(text.slice(Math.max(sentence.start, chair.start - 50), chair.start))) {
        const until = attend && attend.start > chair.end ? attend.start : sentence.end
        const chairs = inSentence.filter((person) => person.start >= chair.end && person.end <= until)
        // `under the chairmanship of X, Foreign Minister of …, the Chairman of …`: the first name.
        for (const person of chairs.slice(0, /chairmanship/i.test(value) ? 1 : chairs.length)) add(person, 'chaired', true)
        reported ||= chairs.length > 0
      }
      if (attend) {
        for (const person of inSentence) if (person.start >= attend.end && !isExcluded(person)) add(person, 'attended', false)
        reported = true
      }
      const delegation = offset(delegationLed)
      if (delegation) {
        for (const person of inSentence) if (person.start >= delegation.end && !isExcluded(person)) add(person, 'attended', false)
        reported = true
      }
      const spoke = [offset(remarksBy), context.kind === 'statement' ? offset(statementBy) : null]
        .filter((match) => match !== null)
        .sort((a, b) => a.start - b.start)[0]
      if (spoke) {
        for (const person of inSentence) if (person.start >= spoke.end && !isExcluded(person)) add(person, 'spoke', false)
        reported = true
      }
      for (const person of inSentence) {
        if (isExcluded(person)) continue
        const after = text.slice(person.end, Math.min(sentence.end, person.end + 120))
        if (whoChaired.test(after)) {
          add(person, 'chaired', true)
          reported = true
          // `X and Nigeria's vice-president, Y, who co-chaired the session`: both.
          const index = inSentence.indexOf(person)
          const earlier = index > 0 ? inSentence[index - 1]! : undefined
          if (earlier && /co-chaired/i.test(after) && subjectsJoint.test(text.slice(earlier.end, person.start).replace(/,\s*$/, ''))) add(earlier, 'chaired', true)
        } else if (whoAddressed.test(after) || whoOpened.test(after)) {
          add(person, 'spoke', false)
          reported = true
        } else if (whoDelegation.test(after)) {
          add(person, 'attended', false)
          reported = true
        }
      }
      const speaking = offset(speakingAt)
      const speaker = speaking ? inSentence.find((person) => person.start >= speaking.end && person.start <= speaking.end + 60 && !isExcluded(person)) : undefined
      if (speaker) {
        add(speaker, 'spoke', false)
        reported = true
      }
      /** The last name before a cue, and the names joined to it by `and`, took part as the cue says. */
      const bySubject = (pattern: RegExp, basis: ParticipantRecord['basis'], chaired = false) => {
        const match = offset(pattern)
        const subject = match ? subjectBefore(match.start) : undefined
        if (!subject) return
        add(subject, basis, chaired)
        reported = true
        let next = subject
        for (let index = inSentence.indexOf(subject) - 1; index >= 0; index--) {
          const earlier = inSentence[index]!
          if (isExcluded(earlier) || !subjectsJoint.test(text.slice(earlier.end, next.start).replace(/,\s[^,]{1,80},(?=\s+and\b)/u, ''))) break
          add(earlier, basis, chaired)
          next = earlier
        }
      }
      bySubject(chairedThe, 'chaired', true)
      bySubject(presentAlone, 'attended')
      bySubject(presented, 'spoke')
      bySubject(hostedCounterparts, 'attended')
      bySubject(attendedAlone, 'attended')
      bySubject(attendingIts, 'attended')
      const withMatch = /\b(?:co-)?chaired\s+with\b/i.exec(value)
      if (withMatch) {
        const at = sentence.start + withMatch.index
        const partner = inSentence.find((person) => person.start > at && !isExcluded(person) && coChairedWith.test(text.slice(at, person.start)))
        if (partner) {
          add(partner, 'chaired', true)
          const first = inSentence.find((person) => person.end <= at && !isExcluded(person))
          if (first) add(first, 'chaired', true)
          reported = true
        }
      }
      const sent = offset(sentTo)
      const envoy = sent ? inSentence.find((person) => person.start >= sent.start && person.end <= sent.end && !isExcluded(person)) : undefined
      if (envoy) {
        add(envoy, 'attended', false)
        reported = true
      }
      const led = offset(ledBy)
      if (led) for (const person of inSentence) if (person.start >= led.end && !isExcluded(person)) add(person, 'spoke', false)
      const opened = offset(introduced)
      if (opened) for (const person of inSentence) if (person.end <= opened.start && !isExcluded(person)) add(person, 'spoke', false)
      reported ||= Boolean(led || opened)
      for (const pattern of [attendedIncluding, sentIts]) {
        const match = offset(pattern)
        if (!match) continue
        const named = inSentence.filter((person) => person.start >= match.end && !isExcluded(person))
        for (const person of pattern === sentIts ? named.slice(0, 1) : named) add(person, 'attended', false)
        reported ||= named.length > 0
      }
      const talks = offset(talksWith)
      // Not talks to come (`I intend to hold a meeting with X`, `will hold talks with`).
      if (talks && !/\b(?:will|would|shall|to)\s+$/i.test(text.slice(Math.max(sentence.start, talks.start - 12), talks.start))) {
        const host = subjectBefore(talks.start)
        const guest = inSentence.find((person) => person.start >= talks.end && !isExcluded(person))
        if (guest) {
          if (host) add(host, 'attended', false)
          add(guest, 'attended', false)
          reported = true
        }
      }
      const gathered = offset(metIn)
      if (gathered) {
        const named = inSentence.filter((person) => person.end <= gathered.start && !isExcluded(person))
        for (const person of named) add(person, 'attended', false)
        reported ||= named.length > 0
      }
      const participate = offset(participateVerb)
      if (participate) {
        for (const person of inSentence) if (person.end <= participate.start && !isExcluded(person)) add(person, 'attended', false)
        // `X attended the meeting, as did Y and Z`.
        const asDid = /,?\s+as\s+did\b/i.exec(value.slice(participate.end - sentence.start))
        if (asDid) {
          const from = participate.end + asDid.index + asDid[0].length
          for (const person of inSentence) if (person.start >= from && !isExcluded(person)) add(person, 'attended', false)
        }
        reported ||= inSentence.length > 0
      }
      for (const pattern of [spokeAt, addressing, toldAttendees, briefed]) bySubject(pattern, 'spoke')
      if (reported) {
        const speech = offset(inSpeech) ?? offset(forPart)
        if (speech) {
          const subject = inSentence.find((person) => person.start >= speech.end && !isExcluded(person))
          if (subject) add(subject, 'spoke', false)
        }
      }
    }
  }
  // `The foreign ministers of Japan, China and South Korea met …`: the people the text names with
  // that post for one of those states took part, unless it says they did not.
  for (const group of collectiveGroups(segments)) {
    for (const person of people) {
      if (result.has(person.entity)) continue
      const role = person.roles.find((item) => item.country !== null && group.countries.has(item.country) && sharesKey(roleKeys(item.function), group.keys))
      if (!role || absentFrom(segments, person.entity)) continue
      result.set(person.entity, {entity: person.entity, chair: false, basis: 'attended', role})
    }
  }
  // A press conference's or briefing's transcript: the people its speaker labels name spoke at it
  // (`NATO Spokesperson X:`, `Question [X, Agencia EFE]:`, `Foreign Secretary, Shri X:`).
  const titleText = segments.find((segment) => segment.segment.role === 'title')?.segment.text ?? ''
  if (briefingTitle.test(titleText)) {
    for (const segment of segments) {
      const label = /^([^:\n]{3,100}):\s/.exec(segment.segment.text)
      // A label names, in capitals (`Minister Yaremchuk told us plainly:` is a sentence).
      if (!label || wordCount(label[1]!, 13) > 12 || !label[1]!.replace(/[[(][^\])]*[\])]/g, ' ').split(/[\s,]+/).every((word) => word === '' || /^[\p{Lu}\p{N}]/u.test(word) || labelConnectors.has(word))) continue
      const named = segment.mentions.find((mention): mention is PersonMention => mention.kind === 'person' && mention.entity !== '' && mention.end <= label[1]!.length)
      if (named) add(named, 'spoke', false)
      // A questioner who names themselves at the start of the question.
      if (/^(?:Question|Q)$/.test(label[1]!.trim())) {
        const asker = segment.mentions.find(
          (mention): mention is PersonMention => mention.kind === 'person' && mention.entity !== '' && mention.evidence === 'byline' && mention.start < 160
        )
        if (asker) add(asker, 'spoke', false)
      }
    }
  }
  // A speech: its speaker took part.
  if (context.kind === 'speech' && context.speaker) {
    const speaker = segments
      .flatMap((segment) => segment.mentions)
      .find((mention): mention is PersonMention => mention.kind === 'person' && mention.entity === context.speaker)
    if (speaker && !result.has(context.speaker)) add(speaker, 'delivered', false)
  }
  // A joint text of people who `met` and signed it: the signatories (and witnesses) took part.
  if (context.kind === 'statement') {
    const met = segments.some((segment) => /\b(?:having\s+met|met\s+(?:in|at|on|today)|in\s+the\s+presence\s+of|witnessed\s+by)\b/i.test(segment.segment.text))
    if (met) {
      for (const segment of segments) {
        if (segment.segment.role !== 'signature') continue
        for (const mention of segment.mentions) if (mention.kind === 'person' && mention.entity) add(mention, 'signed', false)
      }
    }
  }
  void fold
  return [...result.values()]
}

/**
 * Posts held by a group of states' representatives (`the foreign ministers`, `leaders`), with the
 * keys of the post one of them holds (`roleKeys`).
 */
const collectivePost =
  /\b(?:(?:foreign|defen[cs]e|finance|trade|economy|interior|agriculture|health|energy|environment|justice|education|transport)\s+ministers|ministers\s+of\s+(?:foreign\s+affairs|defen[cs]e|finance|trade)|foreign\s+affairs\s+ministers|top\s+diplomats|presidents|prime\s+ministers|leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?)\b/gi
const collectiveWords = /inisters|eaders|residents|eads of|iplomats/
/** A sentence about a meeting of the group (not one about what its members think of something). */
const meetingVerb =
  /\b(?:met|meet|meets|gathered|gather|convened|agreed|agree|agrees|pledged|pledge|pledges|held|hold|holds|discuss|discussed|adopted|signed|reaffirmed|vowed|issued|decided)\b/i
/** A meeting of the group named right after it. */
const meetingOf = /\b(?:meeting|summit|talks|conference|session|gathering)\s+(?:of|between|among)\s+(?:the\s+)?$/i
/** What joins the states of a list (`Japan, China and South Korea`). */
const listJoint = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/
/** A sentence that says someone stayed away. */
const stayedAway =
  /\b(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|will\s+not|won['’]t|could\s+not|couldn['’]t|was\s+unable\s+to|were\s+unable\s+to|declined\s+to)\s+(?:attend|take\s+part|participate|join|travel)\b|\b(?:skipped|boycotted|was\s+absent\s+from)\b/i

/** The keys of a collective post's one holder (`foreign ministers` → `foreign-minister`). */
function collectiveKeys(phrase: string): Set<string> {
  const value = phrase.toLowerCase().replace(/\s+/g, ' ')
  if (value === 'leaders' || value.startsWith('heads of')) return new Set(['president', 'prime-minister'])
  const keys = roleKeys(value.replace(/ministers/g, 'minister').replace(/diplomats/g, 'diplomat').replace(/presidents/g, 'president'))
  keys.delete('minister')
  return keys
}

/**
 * Groups of states whose representatives the text says met: a collective post with a list of two
 * states or more after it (`the foreign ministers of Japan, China and South Korea agreed`) or before it
 * (`Japan, China, S. Korea foreign ministers agree`), in a sentence about the meeting.
 *
 * @param segments
 *   The scanned segments.
 * @returns
 *   For each group, the keys of its members' post and the states' codes.
 */
function collectiveGroups(segments: readonly ScannedSegment[]): Array<{keys: Set<string>; countries: Set<string>}> {
  const groups: Array<{keys: Set<string>; countries: Set<string>}> = []
  for (const segment of segments) {
    if (segment.segment.role === 'boilerplate') continue
    const text = segment.segment.text
    // Words every collective post holds, looked for first: most paragraphs have none. (`search`
    // ignores the pattern's `lastIndex`, which `matchAll` below starts from.)
    if (!collectiveWords.test(text) || text.search(collectivePost) < 0) continue
    const countries = segment.mentions.filter((mention): mention is CountryMention => mention.kind === 'country').sort((a, b) => a.start - b.start)
    if (countries.length < 2) continue
    for (const sentence of sentencesOf(segment)) {
      const value = text.slice(sentence.start, sentence.end)
      const aboutMeeting = meetingVerb.test(value)
      for (const match of value.matchAll(collectivePost)) {
        const start = sentence.start + match.index
        const end = start + match[0].length
        // `the 11th Trilateral Meeting of the Foreign Ministers of …`.
        if (!aboutMeeting && !meetingOf.test(text.slice(Math.max(sentence.start, start - 40), start))) continue
        const keys = collectiveKeys(match[0])
        if (keys.size === 0) continue
        const listed = new Set<string>()
        // After it: `… of (the) A, B and C`.
        let index = countries.findIndex((country) => country.start >= end)
        if (index >= 0 && /^\s+(?:of|from)\s+(?:the\s+)?$/i.test(text.slice(end, countries[index]!.start))) {
          listed.add(countries[index]!.code)
          while (index + 1 < countries.length && listJoint.test(text.slice(countries[index]!.end, countries[index + 1]!.start))) listed.add(countries[++index]!.code)
        }
        // Before it: `A, B and C foreign ministers`, `A and B's leaders`.
        let last = countries.findLastIndex((country) => country.end <= start)
        if (listed.size === 0 && last >= 0 && /^(?:['’]s?)?\s+(?:the\s+)?$/.test(text.slice(countries[last]!.end, start))) {
          listed.add(countries[last]!.code)
          while (last > 0 && listJoint.test(text.slice(countries[last - 1]!.end, countries[last]!.start))) listed.add(countries[--last]!.code)
        }
        if (listed.size >= 2) groups.push({keys, countries: listed})
      }
    }
  }
  return groups
}

/** Whether two sets of post keys share one. */
function sharesKey(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true
  return false
}

/** Whether a sentence that names a person says they stayed away (`would not attend`). */
function absentFrom(segments: readonly ScannedSegment[], entity: string): boolean {
  for (const segment of segments) {
    for (const mention of segment.mentions) {
      if (mention.kind !== 'person' || mention.entity !== entity) continue
      const sentence = sentencesOf(segment).find((item) => item.start <= mention.start && mention.end <= item.end)
      if (sentence && stayedAway.test(segment.segment.text.slice(sentence.start, sentence.end))) return true
    }
  }
  return false
}

function roleOf(person: PersonMention, people: readonly PersonRecord[]): RoleRecord | null {
  const entry = people.find((item) => item.entity === person.entity)
  // An organization's official takes part as such (`Secretary General of …, Kazakh Diplomat X`).
  const official = entry?.roles.find((role) => role.organization && officialHeads.test(role.function))
  if (official && (!person.role || !person.role.organization)) return official
  if (person.role) {
    return {
      post: person.role.plural ? person.role.function : person.role.post,
      function: person.role.function,
      country: person.role.country,
      organization: person.role.organization
    }
  }
  return people.find((record) => record.entity === person.entity)?.roles[0] ?? null
}
