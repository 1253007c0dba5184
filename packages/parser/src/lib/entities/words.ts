// Word lists of the entity recognizers: general English and diplomatic vocabulary, not names.
// Kept in one module so that tests and readers can see exactly what the heuristics lean on.

/** Heads of posts, longest first (matched case-insensitively in capitals, else as printed or lowercase). */
export const roleHeads = [
  'custodian of the two holy mosques',
  'chairperson in office',
  'secretary of state',
  'state secretary',
  'undersecretary',
  'under-secretary',
  'under-secretary-general',
  'assistant secretary-general',
  'deputy secretary general',
  'deputy secretary-general',
  'secretary general',
  'secretary-general',
  'director general',
  'director-general',
  'executive secretary',
  'high representative',
  'foreign policy chief',
  'special representative',
  'permanent representative',
  'special envoy',
  'national security adviser',
  'national security advisor',
  'deputy prime minister',
  'prime minister',
  'foreign ministers',
  'foreign minister',
  'deputy foreign minister',
  'deputy minister',
  // Ministers of a portfolio, which news prints in lower case after a possessive (`Chile's interior minister, X`).
  'interior minister',
  'trade minister',
  'defence minister',
  'defense minister',
  'finance minister',
  'justice minister',
  'economy minister',
  'health minister',
  'energy minister',
  'home minister',
  'industry minister',
  'vice president',
  'vice-president',
  'crown prince',
  'deputy chairman',
  'vice chairman',
  'top diplomat',
  'chief diplomat',
  'minister',
  'ministers',
  'president',
  'premier',
  'chancellor',
  'taoiseach',
  'tánaiste',
  'chief executive',
  'federal councillor',
  'king',
  'queen',
  'emir',
  'amir',
  'sultan',
  'sheikh',
  'ambassador',
  'envoy',
  'representative',
  'chairman',
  'chairperson',
  'chairwoman',
  'chair',
  'head',
  'director',
  'commissioner',
  'coordinator',
  'adviser',
  'advisor',
  'rapporteur',
  'governor',
  'mayor',
  'speaker',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'senator',
  'secretary',
  'diplomat',
  'major',
  'general',
  'colonel',
  'admiral',
  'elbasy'
] as const

/** Words that may stand before a post (`Deputy`, `Acting`); `new` is read but left out of the post. */
export const roleModifiers = new Set(['deputy', 'vice', 'first', 'acting', 'former', 'chief', 'senior', 'special', 'permanent', 'executive', 'honorary', 'interim', 'incumbent', 'assistant', 'outgoing', 'principal'])

/** Post heads that may be written in lowercase and still name a post (`foreign ministers of Azerbaijan`). */
export const lowercaseHeads = new Set([
  'foreign minister', 'foreign ministers', 'minister', 'ministers', 'president', 'premier', 'prime minister', 'ambassador',
  'secretary general', 'secretary-general', 'top diplomat', 'chief diplomat', 'vice president', 'king', 'envoy',
  'spokesperson', 'spokesman', 'spokeswoman', 'foreign policy chief', 'director', 'director general', 'director-general',
  'executive secretary', 'special envoy', 'special representative', 'commissioner', 'chairman', 'chairperson',
  'deputy minister', 'deputy foreign minister', 'deputy prime minister', 'secretary of state', 'state secretary',
  'undersecretary', 'under-secretary', 'interior minister', 'trade minister', 'defence minister', 'defense minister',
  'finance minister', 'justice minister', 'economy minister', 'health minister', 'energy minister', 'home minister',
  'industry minister'
])

export {officialTitle as officialHeads} from '@communique/knowledge'

/** Words of a ministry's portfolio (`Minister of Foreign Affairs and Trade`): they start no organization's name. */
export const ministryWords = new Set([
  'foreign', 'external', 'affairs', 'trade', 'defence', 'defense', 'economy', 'economic', 'finance', 'justice', 'interior', 'education',
  'health', 'energy', 'agriculture', 'culture', 'emergency', 'situations', 'commerce', 'industry', 'transport', 'labour',
  'labor', 'development', 'investment', 'investments', 'environment', 'national', 'internal', 'home',
  'cabinet', 'ministers', 'state', 'european', 'integration', 'cooperation', 'international', 'relations', 'information',
  'digital', 'science', 'technology', 'tourism', 'sport', 'sports', 'youth', 'family', 'social', 'protection', 'water',
  'resources', 'natural', 'communications', 'infrastructure', 'planning', 'public', 'administration', 'diaspora'
])

/**
 * Words of a portfolio that also start the names of bodies (`Peace and Security Council`, `Human
 * Rights Council`): `for Political Affairs, Peace and Security`.
 */
export const themeWords = new Set([
  'security', 'political', 'peace', 'peacebuilding', 'peacekeeping', 'humanitarian', 'legal', 'human', 'rights', 'gender', 'women',
  'migration', 'climate', 'disarmament', 'multilateral', 'consular', 'regional', 'policy', 'operations', 'employment',
  'housing', 'fisheries', 'food', 'mining'
])

/** Words of a portfolio: `of Foreign Affairs and Trade`, `for Political Affairs, Peace and Security`. */
export const portfolioWords = new Set([...ministryWords, ...themeWords])

/** Head words of organizations and bodies. */
export const organizationHeads = new Set([
  'organization', 'organisation', 'council', 'union', 'league', 'association', 'community', 'commission', 'committee',
  'secretariat', 'ministry', 'government', 'parliament', 'assembly', 'agency', 'bank', 'fund', 'forum', 'structure',
  'group', 'alliance', 'court', 'coalition', 'centre', 'center', 'institute', 'foundation', 'force', 'forces',
  'command', 'department', 'service', 'team', 'cooperation', 'authorities', 'mfa', 'majlis',
  'senate', 'congress', 'presidency', 'embassy', 'mission', 'delegation'
])

/** Head words of documents that can be cited. */
export const documentHeads = new Set([
  'agreement', 'treaty', 'charter', 'convention', 'declaration', 'statement', 'resolution', 'resolutions', 'vision',
  'programme', 'program', 'protocol', 'memorandum', 'accord', 'accords', 'concept', 'strategy', 'plan', 'roadmap',
  'consensus', 'communique', 'communiqué', 'decision', 'act', 'pact', 'outlook', 'reference', 'framework', 'agenda'
])

/** Honorifics before a name. */
export const honorifics = /^(?:H\.\s?E\.|H\.\s?H\.|H\.\s?M\.|His\s+Excellency|Her\s+Excellency|His\s+Majesty|Her\s+Majesty|His\s+Highness|Her\s+Highness|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Dr\.?|Prof\.?|Sir|Dame|Sheikh|Shaikh)(?=\s)/

/** Personal honorifics that make a following single word a name (`Mr. Ming`). */
export const personalHonorifics = /^(?:Mr|Mrs|Ms|Mme|Dr|Prof)\.?$/

/** Verbs that report speech or a stance. */
export const reportingVerbs = new Set([
  'said', 'says', 'added', 'adds', 'noted', 'notes', 'stressed', 'stresses', 'told', 'tells', 'wrote', 'writes',
  'emphasized', 'emphasised', 'emphasizes', 'underlined', 'underlines', 'highlighted', 'highlights', 'stated', 'states',
  'remarked', 'explained', 'declared', 'announced', 'announces', 'urged', 'urges', 'warned', 'warns', 'welcomed',
  'welcomes', 'reaffirmed', 'reaffirms', 'expressed', 'expresses', 'thanked', 'thanks', 'voiced', 'voices', 'hailed',
  'hails', 'vowed', 'vows', 'called', 'calls', 'praised', 'praises', 'continued', 'concluded', 'asked', 'recalled',
  'mentioned', 'commented', 'insisted', 'assured', 'affirmed', 'reiterated', 'underscored', 'pointed', 'argued',
  'replied', 'responded', 'confirmed', 'believes', 'believed', 'condemned', 'summed', 'spoke', 'speaks', 'addressed',
  'congratulated', 'proposed', 'suggested', 'observed', 'acknowledged', 'recognized', 'recognised', 'indicated',
  'reminded', 'reminds', 'recalls', 'observes', 'explains', 'insists', 'argues', 'cautioned', 'cautions', 'admitted',
  'admits', 'predicted', 'predicts', 'promised', 'promises', 'pledged', 'pledges', 'described', 'describes', 'criticized',
  'criticised', 'criticizes', 'criticises', 'denounced', 'denounces', 'defended', 'defends'
])

/**
 * Verbs of what diplomats do, after which a name is someone's (`Aliya Nurova met her counterpart`,
 * `Jonas Berg arrived in Oslo`); they introduce no quotation, unlike `reportingVerbs`.
 */
export const actionVerbs = new Set([
  'met', 'meets', 'visited', 'visits', 'arrived', 'arrives', 'received', 'receives', 'hosted', 'hosts', 'chaired', 'chairs',
  'attended', 'attends', 'briefed', 'briefs', 'discussed', 'discusses', 'signed', 'signs', 'held', 'holds', 'travelled',
  'traveled', 'travels', 'departed', 'left', 'participated', 'joined', 'led', 'leads', 'headed', 'heads', 'opened',
  'opens', 'presented', 'presents', 'delivered', 'delivers', 'handed', 'paid'
])

/** Words that are never a name, though capitalised. */
export const notNames = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'our', 'their', 'his',
  'her', 'its', 'my', 'your', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'after', 'before', 'during', 'since',
  'today', 'yesterday', 'tomorrow', 'and', 'but', 'or', 'if', 'when', 'while', 'thank', 'thanks', 'let', 'dear', 'mr',
  'mrs', 'ms', 'dr', 'excellency', 'excellencies', 'ladies', 'gentlemen', 'honorable', 'honourable', 'esteemed',
  'colleagues', 'friends', 'actually', 'furthermore', 'besides', 'also', 'however', 'moreover', 'therefore', 'first',
  'second', 'third', 'fourth', 'fifth', 'meeting', 'summit', 'conference', 'session', 'statement', 'declaration',
  'agreement', 'vision', 'read', 'more', 'loading', 'route', 'photo', 'to', 'of', 'under', 'upon', 'over', 'about',
  'all', 'both', 'each', 'every', 'some', 'many', 'most', 'no', 'not', 'there', 'here', 'what', 'which', 'who', 'whom',
  'whose', 'why', 'how', 'where', 'so', 'then', 'now', 'yes', 'well', 'good', 'great', 'new', 'old', 'one', 'two',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'end', 'applause', 'sic', 'note', 'update', 'details',
  'inshallah', 'world', 'members', 'member', 'observers', 'observer', 'leaders', 'leader', 'people', 'peoples', 'states',
  'republic', 'kingdom', 'central', 'east', 'west', 'north', 'south', 'middle', 'asia', 'europe', 'africa', 'america',
  'pacific', 'indo-pacific', 'according', 'speaking', 'emphasizing', 'noting', 'building', 'together', 'finally',
  'additionally', 'furthermore', 'signed', 'witnessed', 'done', 'general', 'extraordinary', 'annual', 'joint',
  'turkic', 'our', 'full', 'secretary', 'foreign', 'ministers', 'minister', 'president', 'chairman', 'deputy', 'vice',
  'original', 'distr', 'prime', 'king', 'sultan', 'mfa', 'un', 'u', 'nato', 'covid-19', 'quad', 'isis', 'sheikh', 'following', 'regarding',
  'concerning', 'remarks', 'speech', 'address', 'outcomes', 'outcome', 'situation', 'events', 'solidarity', 'later',
  'earlier', 'meanwhile', 'separately', 'afterwards', 'subsequently', 'previously', 'recently', 'last', 'next', 'summits',
  'talks', 'delegations', 'delegation', 'officials', 'ministries', 'parties', 'participants', 'published', 'posted',
  'updated', 'issued', 'released', 'source', 'editor', 'editors', 'writer', 'reporting', 'by', 'tags', 'category', 'share'
])

/** Words before a quotation that make it a title, theme or motto rather than someone's words. */
export const titleCues = /\b(?:entitled|titled|called|named|dubbed|theme|principle|motto|slogan|document|programme|program|concept|term|phrase|word|headline|label|banner)\s+(?:as\s+|of\s+(?:the\s+)?|is\s+|was\s+)?$/i

/** Post heads that are also ordinary words (`General Assembly`, `Head of State`): a post only before a name. */
export const ambiguousHeads = new Set(['general', 'major', 'colonel', 'admiral', 'head', 'chair', 'speaker', 'representative', 'secretary', 'director', 'governor', 'envoy', 'coordinator', 'adviser', 'advisor', 'rapporteur'])

/** Between a name and the post after it: a comma, past letters after the name (`Luis Paz MP, Minister …`). */
export const appositionGap = /^(?:\s+\p{Lu}{2,5}){0,3},\s*$/u
