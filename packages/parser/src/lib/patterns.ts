// Word lists and patterns shared by the recognizers. Kept in one place so that tests can name them.

/** Participial and adjectival openers of preambular recitals (any other `-ing` opener also counts). */
export const recitalOpeners =
  /^(?:Bearing\s+in\s+mind|Having\s+\p{Ll}+(?:\s+(?:note\s+of|regard\s+to))?|Taking\s+(?:note|into\s+account)|Guided|Mindful|Aware|Convinced|Concerned|(?:Deeply|Gravely|Seriously|Strongly|Profoundly|Firmly)\s+\p{Ll}+|Determined|Desirous|Desiring|Conscious|Alarmed|Encouraged|Inspired|Committed|Cognizant|Cognisant|Acknowledging|Recalling|Reaffirming|Recogni[sz]ing|Noting|Welcoming|Expressing|Emphasi[sz]ing|Underlining|Stressing|Considering|Referring|Deeming|Hearing|Reiterating|Highlighting|Appreciating|Commending|Affirming|Believing|Seeking|Wishing|Pursuant|In\s+accordance|(?:Further|Also|Again)\s+\p{Ll}+ing)\b/u

/** Any capitalised word ending in -ing, as the first word of a paragraph. */
export const ingOpener = /^(\p{Lu}\p{Ll}+ing)\b/u

/** The first word of an unnumbered operative paragraph: a verb in the base or past form. */
export const operativeVerb =
  /^(?:Emphasi[sz]e|Voice|State|Express|Convey|Reaffirm|Reiterate|Call|Urge|Welcome|Condemn|Decide|Agree|Declare|Stress|Underline|Note|Support|Request|Invite|Encourage|Commend|Recogni[sz]e|Acknowledge|Affirm|Pledge|Resolve|Commit|Approve|Adopt|Endorse|Instruct|Task|Appeal|Deplore|Regret|Demand|Reject|Highlight|Underscore|Look|Remain|Continue)(?:s|d|ed)?\b/

/** An enacting formula: `… has:`, `declare the following:`, `Hereby …`, `agree as follows:`. */
export const formulaPattern =
  /(?:\b(?:hereby|herewith)\b|\b(?:declares?|agrees?|agreed|decides?|decided|resolves?|resolved|adopts?|adopted)\s+(?:the\s+following|as\s+follows)\b|\b(?:has|have)\s*:\s*$|\b(?:has|have)\s+(?:agreed|decided|adopted|declared|resolved)\s*(?:as\s+follows|the\s+following)?\s*:\s*$)/i

/** A salutation in a speech: `Honorable Ministers,`, `Excellencies,`, `Ladies and gentlemen,`. */
export const salutationPattern =
  /^(?:(?:Your|Their|His|Her)\s+(?:Excellenc(?:y|ies)|Majest(?:y|ies)|Highness(?:es)?)|Excellenc(?:y|ies)|Honou?rable|Esteemed|Dear|Distinguished|Respected|Ladies|Gentlemen|Mr\.?\s+(?:President|Chairman|Secretary)|Madam|Madame|Colleagues|Friends|Brothers|Sisters|Fellow)\b[^.]{0,80}[,:!]$/u

/** A closing of a speech: `Thank you.`, `I thank you for your attention.`. */
export const speechClosing = /^(?:(?:I\s+)?thank\s+you|thanks)\b[^]{0,60}[.!]?$/i

/**
 * A transcript's speaker label at the start of a paragraph: `THE PRESIDENT:`, or a post or a part
 * in title case with a name in capitals or a source in brackets (`Minister IWASAKI:`, `Reporter
 * (NHK):`, `Moderator:`, `Q:`).
 */
export const speakerLabel =
  /^(?!(?:ANNEX|ANNEXES|APPENDIX|ATTACHMENT|ENCLOSURE|NOTES?|SOURCES?|PHOTO|CORRECTION|UPDATE|RELATED|READ\s+MORE|SUMMARY|AGENDA|SUBJECT|REFERENCES?|ITEM|PART|CHAPTER|SECTION)(?:\s+[\dIVXLA-Z]{1,5})?\s*:)((?:THE\s+)?[\p{Lu}][\p{Lu}.'’ -]{1,60}|(?:(?:Deputy\s+|Vice\s+|Prime\s+|Foreign\s+|Chief\s+Cabinet\s+)?(?:Minister|Secretary|President|Spokesperson|Spokesman|Spokeswoman|Press\s+Secretary|Ambassador|Chair|Chairman|Chairperson|Moderator|Reporter|Journalist|Question|Answer|Participant|Q|A)(?:\s+\p{Lu}[\p{Lu}'’-]+)*(?:\s*\([^()\n]{1,40}\))?)):\s/u

/** Time marks of transcripts: `2:09 P.M. AST`. */
export const timeMark = /^\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$/

/** End marks of releases: `###`, `END`, `-30-`. */
export const endMark = /^(?:#{3,}|END|-30-|\*{3,}|-{3,}|_{3,})$/

/** Related-content lines: `READ MORE: …`, `Also read: …`. */
export const relatedLine = /^(?:READ\s+MORE|Read\s+more|ALSO\s+READ|Also\s+read|RELATED|Related|See\s+also|MORE|Recommended)\b\s*[:–—-]/

/** Page widgets: `Loading...`, `Show More`, `Back to top button`. */
export const widgetLine =
  /^(?:Loading\s*(?:\.{3}|…)?|Show\s+More|Back\s+to\s+top(?:\s+button)?|Advertisement|Share(?:\s+this)?|Subscribe\b.*|Click\s+here\b.*|Print|Comments?)$/i

/** Editorial notes: `Details added (first version posted on 13:10)`. */
export const editorialNote = /^(?:Details\s+added|Updated?|First\s+published|Last\s+updated|Corrected|Correction|Editor'?s\s+note)\b/i

/** A photo credit on the last line of a caption: `AFP`, `Reuters`, `Photo: …`. */
export const creditLine = /^(?:(?:Photo|Image|Credit|Source|Picture)s?\s*[:/].{0,60}|[\p{Lu}]{2,8}(?:\s*\/\s*[\p{Lu}\p{L}]+)?|Getty Images|Reuters|Anadolu(?: Agency)?)$/u

/** Words of a title printed under a signatory's name. */
export const titleWord =
  /^(?:President|Vice|Prime|Deputy|Minister|Foreign|Secretary|King|Queen|Emir|Sultan|Crown|Chancellor|Chair(?:man|person|woman)?|Head|Director|Ambassador|Governor|High|Special|Permanent|Executive|Chief|General|Sheikh)\b/

/** Words that make a date the document's own when near it (`held … on`, `met … on`, `occasion of`). */
export const ownDateCue =
  /\b(?:held|met|meet|meeting|convened|gathered|took\s+place|adopted|issued|signed|done|occasion\s+of|today|having\s+met)\b/i

/** Words that make a date someone else's (`the previous summits held on`). */
export const otherDateCue = /\b(?:previous|prior|past|earlier|former|last|preceding)\b/i

/**
 * Styles of address from many countries that stand before a name and are no part of it (`Amb.`,
 * `Alhaji`, `Shri`, `Smt.`, `Dame`, `Sheikh`, `Advocate`, `Professor`, `Marshal`, `Eng.`): shared by the
 * scanner's honorifics and a list item's opening.
 */
export const styleHonorific = String.raw`Amb\.|Smt\.|Adv\.|Eng\.|(?:Sheikha?|Dame|Alhaji|Shri|Advocate|Maulvi|Sayyid|Professor|Marshal)\b`

/**
 * Honorifics that open a list's item naming a person, as sources of patterns: titles (`His
 * Excellency`, `H.E.`, `H.R.H.`) and personal ones (`Dr.`, `Mrs`), for a list of those taking part.
 */
export const titleHonorific = String.raw`(?:His|Her)\s+(?:Excellency|Royal\s+Highness|Highness|Majesty)|H\.\s?(?:E|R\.\s?H)\.|(?:The\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:\.|ou?rable\b)|${styleHonorific}`
export const personalHonorific = String.raw`(?:Mr|Ms|Mrs|Dr|Prof)\.?`
