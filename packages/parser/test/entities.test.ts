// People, posts, countries, organizations, quotations and attendance, on texts written to vary the
// wording of the corpus and to break the heuristics. Names are invented.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {emptyKnowledge} from '@communique/knowledge'
import {parse} from '@communique/parser'
import {toString, visit, type Document, type Nodes} from '@communique/doctree'

const read = (value: string, options?: Parameters<typeof parse>[1]): Document => parse(new VFile({path: 'x.md', value}), options)
const people = (tree: Document) => tree.people.map((person) => [person.name, ...person.variants].join(' | '))
const nodes = (tree: Document, type: string) => {
  const found: Nodes[] = []
  visit(tree, (node) => {
    if (node.type === type) found.push(node)
  })
  return found
}
const nameOf = (tree: Document, entity: string) => tree.people.find((person) => person.entity === entity)?.name
const texts = (tree: Document, type: string) => nodes(tree, type).map((node) => toString(node))
const speakerOf = (tree: Document, start: string) => {
  const quote = nodes(tree, 'quote').find((node) => toString(node).startsWith(start))
  const entity = quote?.type === 'quote' ? quote.speaker : undefined
  return entity ? tree.people.find((person) => person.entity === entity)?.name : entity
}

describe('people and posts', () => {
  it('should read a post before the name, and split it into function and country', () => {
    const tree = read('Talks in Accra\n\nACCRA (AP) — Foreign Minister of Ghana Samuel Okudzeto said on Monday that talks would resume.')
    expect(people(tree)).toEqual(['Samuel Okudzeto'])
    expect(tree.people[0]!.roles).toEqual([{post: 'Foreign Minister of Ghana', function: 'Foreign Minister', country: 'GH', organization: null}])
  })

  it('should leave abbreviated military ranks and other styles out of a name, and read further posts', () => {
    const tree = read(
      "Junta leaders meet\n\nBAMAKO, Mali (AP) — Mali's junta leader, Gen. Amadou Keita Traoré, who chaired the summit, said it was over. " +
        "Burkina Faso's leader, Capt. Ibrahim Sawadogo, and Lt. Gen. Ana Ruiz also spoke. Traoré said so."
    )
    expect(people(tree)).toEqual(['Amadou Keita Traoré | Traoré', 'Ibrahim Sawadogo', 'Ana Ruiz'])
    const styles = read(
      'Leaders meet\n\nH.E. Professor Ana Tora, President of Peru, and H.E. Marshal Luis Paz met. Eng. Rosa Mena said so. ' +
        'Chief Executive Edwin Fung Kin-chung said so. Federal Councillor Andrea Ruchti-Casanova said so.'
    )
    expect(styles.people.map((person) => [person.name, person.roles[0]?.function ?? null])).toEqual([
      ['Ana Tora', 'President'],
      ['Luis Paz', null],
      ['Rosa Mena', null],
      ['Edwin Fung Kin-chung', 'Chief Executive'],
      ['Andrea Ruchti-Casanova', 'Federal Councillor']
    ])
  })

  it('should close a post’s apposition past letters after the name', () => {
    const tree = read('Keynote\n\nIt is a pleasure to welcome the Minister for Foreign Affairs, Carmen Ruiz Vidal TD, back to the Institute.')
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post])).toEqual([['Carmen Ruiz Vidal', 'Minister for Foreign Affairs']])
  })

  it('should read a post after the name, with or without the comma', () => {
    const tree = read('## Statement\n\nThe meeting was attended by H.E. Ana Lucía Ramos, Minister of Foreign Affairs of the Republic of Peru and H.E. Tomás Vidal Minister of Foreign Affairs of Chile.')
    expect(people(tree)).toEqual(['Ana Lucía Ramos', 'Tomás Vidal'])
    expect(tree.people.map((person) => person.roles[0]?.country)).toEqual(['PE', 'CL'])
    expect(tree.people.map((person) => person.honorific)).toEqual(['H.E.', 'H.E.'])
  })

  it('should take the post after the name over a bare one before it, and keep both when they differ', () => {
    const tree = read(
      'Talks\n\nACCRA — Ambassador Kofi Mensah, Permanent Representative of Ghana to the African Union, spoke. King Tafari Asfaw, King of the Kingdom of Lesotho, and Minister Ana Ramos, a diplomat, listened.'
    )
    expect(tree.people.map((person) => [person.name, person.roles.map((role) => role.post)])).toEqual([
      ['Kofi Mensah', ['Permanent Representative of Ghana to the African Union', 'Ambassador']],
      ['Tafari Asfaw', ['King of the Kingdom of Lesotho']],
      ['Ana Ramos', ['Minister']]
    ])
    expect(tree.people[0]!.roles[0]).toMatchObject({country: 'GH', organization: 'African Union'})
  })

  it('should read the name after `counterpart`, and not take `the Baltic states` for someone stating', () => {
    const tree = read(
      'Talks\n\nOSLO — Lindqvist met her Danish counterpart, Lars Holm, and his Turkish counterpart Emre Kaya. Links to the Baltic states will grow, Foreign Minister Maria Lindqvist said. Those Gulf states agreed.'
    )
    expect(people(tree)).toEqual(['Maria Lindqvist | Lindqvist', 'Lars Holm', 'Emre Kaya'])
  })

  it('should leave `new` out of the post, and keep `former` and `acting` in it', () => {
    const tree = read(
      'Talks\n\nLIMA — Peru welcomed the appointment of Rosa Mena as the new premier of Bolivia. Acting Foreign Minister Luis Paz and former President Ana Ramos agreed, New Foreign Minister Tomás Vidal said.'
    )
    expect(tree.people.map((person) => [person.name, person.roles.map((role) => [role.post, role.function, role.country])])).toEqual([
      ['Rosa Mena', [['premier of Bolivia', 'premier', 'BO']]],
      ['Luis Paz', [['Acting Foreign Minister', 'Acting Foreign Minister', null]]],
      ['Ana Ramos', [['former President', 'former President', null]]],
      ['Tomás Vidal', [['Foreign Minister', 'Foreign Minister', null]]]
    ])
  })

  it('should give a post the country named right after the name, and only a country', () => {
    const tree = read(
      'Talks\n\nLIMA — Minister Carlos Ortega of Chile, President Ana Ramos of the Republic of Peru and Ambassador Luis Paz of the Andean Community met. Senator Rosa Mena of Lima and Ambassador Tomás Vidal of Bolivian origin did not.'
    )
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post, person.roles[0]?.country])).toEqual([
      ['Carlos Ortega', 'Minister', 'CL'],
      ['Ana Ramos', 'President', 'PE'],
      ['Luis Paz', 'Ambassador', null],
      ['Rosa Mena', 'Senator', null],
      ['Tomás Vidal', 'Ambassador', null]
    ])
  })

  it('should read a portfolio listed with commas and `and`, and one after `and`', () => {
    const tree = read(
      'Briefing\n\nADDIS ABABA — Commissioner for Political Affairs, Peace and Security Ana Ramos briefed the Council, and Under-Secretary-General for Political and Peacebuilding Affairs Luis Paz, Assistant Secretary-General Rosa Mena and the Minister of Foreign Affairs, Trade Minister Tomás Vidal spoke.'
    )
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post])).toEqual([
      ['Ana Ramos', 'Commissioner for Political Affairs, Peace and Security'],
      ['Luis Paz', 'Under-Secretary-General for Political and Peacebuilding Affairs'],
      ['Rosa Mena', 'Assistant Secretary-General'],
      ['Tomás Vidal', 'Trade Minister']
    ])
  })

  it('should read another’s post inside a post (`Special Representative of the Secretary-General`)', () => {
    const tree = read(
      'Statement\n\nThe Council supports the Special Representative of the Secretary-General for the Central African Republic and Head of MINUSCA, Mariam Sow, and the Adviser to the President, Ana Ruiz. Minister of State Luis Paz met them.'
    )
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post])).toEqual([
      ['Mariam Sow', 'Special Representative of the Secretary-General for the Central African Republic and Head of MINUSCA'],
      ['Ana Ruiz', 'Adviser to the President'],
      ['Luis Paz', 'Minister of State']
    ])
  })

  it('should name a known organization’s body by its head word after it (`AU Commission`), and not one whose name runs on', () => {
    const tree = read(
      'Briefing\n\nADDIS ABABA — The Special Envoy of the Chairperson of the AU Commission, Tor Berg, briefed the ASEAN Secretariat’s staff. The AU Council of Ministers met.'
    )
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post, person.roles[0]?.organization])).toEqual([
      ['Tor Berg', 'Special Envoy of the Chairperson of the AU Commission', 'African Union Commission']
    ])
    expect(nodes(tree, 'organization').map((node) => (node.type === 'organization' ? [toString(node), node.name, node.parent] : null))).toEqual([
      ['AU Commission', 'African Union Commission', 'African Union'],
      ['ASEAN Secretariat', 'Association of Southeast Asian Nations Secretariat', 'Association of Southeast Asian Nations'],
      ['AU', 'African Union', null],
      ['Council of Ministers', 'Council of Ministers', null]
    ])
  })

  it('should read a name after a portfolio that ends in a word organizations end in (`Cooperation`)', () => {
    const tree = read('Talks\n\nKAMPALA — The talks were attended by Uganda’s Minister of State for Regional Cooperation Grace Otim and the East African Development Cooperation Council.')
    expect(tree.people.map((person) => [person.name, person.roles[0]?.function, person.roles[0]?.country])).toEqual([['Grace Otim', 'Minister of State for Regional Cooperation', 'UG']])
  })

  it('should read a post after a body’s name before the name (`Forum Secretary General X`), and a rank after a post', () => {
    const tree = read(
      'Statement\n\n1. At the invitation of the Minister of External Relations of the Republic of Angola, Ambassador Rui Lopes, the Minister of Foreign Affairs of Chile, Ambassador Luis Paz, visited Luanda. ' +
        'Forum Secretary General Ana Tora, who also addressed the session, said so.\n\n2. Minister Paz thanked Minister Lopes.'
    )
    expect(tree.people.map((person) => [person.name, ...person.variants].join(' | '))).toEqual(['Rui Lopes | Lopes', 'Luis Paz | Paz', 'Ana Tora'])
    expect(tree.people.map((person) => [person.roles[0]?.post, person.roles[0]?.country ?? null])).toEqual([
      ['Minister of External Relations of the Republic of Angola', 'AO'],
      ['Minister of Foreign Affairs of Chile', 'CL'],
      ['Secretary General', null]
    ])
  })

  it('should read writers and photographers in a page’s masthead lines and credits', () => {
    const tree = read(
      'Ministers pledge joint fight on mining\n\nBy Rosa Mena Ortiz, with Luis Paz in Lima\n\nAFP\nPublished 2025-08-19 23:41 GMT\n\n[Photo: Ministers meet. Photo: ANP / Ana Tora]\n\nQuito (AFP) – Ministers met on Tuesday.'
    )
    expect(tree.people.map((person) => person.name)).toEqual(['Rosa Mena Ortiz', 'Luis Paz', 'Ana Tora'])
    const anadolu = read('Anadolu Agency\n\nMinisters meet in Ankara\n\nSeda Kaya   |03.02.2025 - Update : 03.02.2025\n\nANKARA\n\nMinisters met on Monday.')
    expect([anadolu.date, anadolu.people.map((person) => person.name)]).toEqual(['2025-02-03', ['Seda Kaya']])
    const credits = read(
      'Leaders meet in Lima\n\n[Photo] Leaders arrive in Lima. (AP Photo/Rosa Mena Ortiz)\n\n[Photo] The summit opens. (Andina/Luis Paz Vidal) © MREP/Ana Tora Ruiz\n\n' +
        'LIMA (AP) — Leaders met on Tuesday under the UN/AU Joint Mission. Trade (Peru/Chile Agreement) grew. Names (Jorge Ruiz / Jorge Ruíz) vary.'
    )
    expect(credits.people.map((person) => person.name)).toEqual(['Rosa Mena Ortiz', 'Ana Tora Ruiz'])
  })

  it('should take a name without its middle, and a first surname alone, for the full name', () => {
    const tree = read(
      'Talks\n\nBAKU — Foreign Minister Elnur Rasim oglu Mammadli met Peru’s Foreign Minister Javier Sotomayor Vega. Elnur Mammadli said the talks went well. Sotomayor said so too.'
    )
    expect(tree.people.map((person) => [person.name, ...person.variants].join(' | '))).toEqual([
      'Elnur Rasim oglu Mammadli | Elnur Mammadli',
      'Javier Sotomayor Vega | Sotomayor'
    ])
  })

  it('should read Commonwealth honorifics, `St.`, Arabic articles and French elisions inside names', () => {
    const tree = read(
      'Statement\n\n1. The meeting was chaired by the Hon. Desmond St. Clair Baptiste, Minister of Foreign Affairs of Grenada. The Minister of Foreign Affairs of Canada, the Hon. Marie-Claude Lévesque-N’Diaye, spoke, with Senator the Hon. Ruth Ellis. ' +
        'Prime Minister Hussein Kadhim al-Moussawi met President Tarek Salah el-Din Hamdy and Minister Hélène d’Aubigny-Marchal.\n\nHonorable Ministers, welcome.'
    )
    expect(tree.people.map((person) => [person.name, person.honorific, person.roles[0]?.country ?? null])).toEqual([
      ['Desmond St. Clair Baptiste', 'the Hon.', 'GD'],
      ['Marie-Claude Lévesque-N’Diaye', 'the Hon.', 'CA'],
      ['Ruth Ellis', 'Senator the Hon.', null],
      ['Hussein Kadhim al-Moussawi', null, null],
      ['Tarek Salah el-Din Hamdy', null, null],
      ['Hélène d’Aubigny-Marchal', null, null]
    ])
  })

  it('should read two particles inside a name (`van der`, `de la`)', () => {
    const tree = read('Talks\n\nLIMA — Prime Minister Pieter-Jan van der Berg met Foreign Minister Rosa María de la Cruz, and Ana de Souza spoke.')
    expect(tree.people.map((person) => person.name)).toEqual(['Pieter-Jan van der Berg', 'Rosa María de la Cruz', 'Ana de Souza'])
  })

  it('should read a region after the posts that serve one, when a comma or the sentence closes it', () => {
    const tree = read(
      'Briefing\n\nBRUSSELS — Ministers met the EU Special Representative for the Sahel, Pierre-Henri Lucas, and the UN Special Coordinator for the Middle East Peace Process, Tor Bergstrom. National Security Adviser Sarah Ellis joined them. The Special Envoy for the Horn of Africa Ana Ruiz did not. The Coordinator stayed away.'
    )
    // Without a comma, a run of capitals cannot be cut between the region and a name: neither is read
    // (no wrong name), and `Coordinator` alone names no one.
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post, person.roles[0]?.function, person.roles[0]?.organization])).toEqual([
      ['Pierre-Henri Lucas', 'EU Special Representative for the Sahel', 'Special Representative for the Sahel', 'European Union'],
      ['Tor Bergstrom', 'UN Special Coordinator for the Middle East Peace Process', 'Special Coordinator for the Middle East Peace Process', 'United Nations'],
      ['Sarah Ellis', 'National Security Adviser', 'National Security Adviser', null]
    ])
  })

  it('should read a full name before a verb of what diplomats do, and a surname alone only before a reporting verb', () => {
    const tree = read(
      'Talks\n\nOSLO — Jonas Berg arrived in Oslo on Monday. Later Amina Diallo met him. Summits held there rarely end early. Sanctions hit hard, Berg said.'
    )
    expect(people(tree)).toEqual(['Jonas Berg | Berg', 'Amina Diallo'])
  })

  it('should read lowercase posts in wire style: after the name, with a modifier, and an outlet’s `foreign policy chief`', () => {
    const tree = read(
      'Talks\n\nLIMA, June 5 (Xinhua) -- The meeting was chaired by Ana Ramos, Peruvian deputy foreign minister. Luis Paz, Bolivian assistant foreign minister, said trade was key. Rosa Mena, executive director of the Andean Community, briefed participants. EU foreign policy chief Tomás Vidal agreed, and the director said nothing.'
    )
    expect(tree.people.map((person) => [person.name, person.roles[0]?.function, person.roles[0]?.country ?? person.roles[0]?.organization])).toEqual([
      ['Ana Ramos', 'deputy foreign minister', 'PE'],
      ['Luis Paz', 'assistant foreign minister', 'BO'],
      ['Rosa Mena', 'executive director', 'Andean Community'],
      ['Tomás Vidal', 'foreign policy chief', 'European Union']
    ])
  })

  it('should read Malay honorifics, and a post before `H.E.` as the post of the name after it, not of the one before', () => {
    const tree = read(
      "Retreat\n\nThe retreat was chaired by H.E. Dato' Seri Aminah Yusof, Minister of Foreign Affairs of Malaysia. We thanked YAB Dato’ Sri Ahmad Fauzi, the host. The Secretary-General of ASEAN, H.E. Tan Sri Kamal Hashim, and H.E. Ana Ramos, Minister of Foreign Affairs of Peru, H.E. Luis Paz, spoke."
    )
    expect(tree.people.map((person) => [person.name, person.honorific, person.roles[0]?.post ?? null])).toEqual([
      ['Aminah Yusof', "H.E. Dato' Seri", 'Minister of Foreign Affairs of Malaysia'],
      ['Ahmad Fauzi', 'YAB Dato’ Sri', null],
      ['Kamal Hashim', 'H.E. Tan Sri', 'Secretary-General of ASEAN'],
      ['Ana Ramos', 'H.E.', 'Minister of Foreign Affairs of Peru'],
      ['Luis Paz', 'H.E.', null]
    ])
  })

  it('should read writers in bylines and wire credits, not the outlet after a comma', () => {
    const tree = read(
      'Talks in Lima\n\nBy Rosa Mena, Andes Wire\n\nLIMA (Andes Wire) — Ministers met in Lima on Tuesday. Writing by the desk was late.\n\n(Reporting by Luis Paz and Ana Ramos; Editing by Tomás Vidal)'
    )
    expect(people(tree)).toEqual(['Rosa Mena', 'Luis Paz', 'Ana Ramos', 'Tomás Vidal'])
  })

  it('should take a word alone for the one full name that starts with it when none ends with it (surname first)', () => {
    const tree = read('Talks\n\nASTANA (Xinhua) -- Zhang Mingyuan, Chinese assistant foreign minister, said China is ready. "We will work with all," Zhang said. Li Wei said so. Wei Dong, Chinese vice foreign minister, agreed. Wei said nothing.')
    // A name that ends with the word comes first (`Wei` is Li Wei's surname before it is Wei Dong's).
    expect(people(tree)).toEqual(['Zhang Mingyuan | Zhang', 'Li Wei | Wei', 'Wei Dong'])
  })

  it('should read a country adjective or possessive before the post', () => {
    const tree = read('News\n\nKENYA — Peruvian Foreign Minister Ana Ramos and Chile’s Foreign Minister Tomás Vidal met, Ramos said.')
    expect(tree.people.map((person) => [person.name, person.variants, person.roles[0]?.function, person.roles[0]?.country])).toEqual([
      ['Ana Ramos', ['Ramos'], 'Foreign Minister', 'PE'],
      ['Tomás Vidal', [], 'Foreign Minister', 'CL']
    ])
  })

  it('should read names and posts in a heading printed in capitals', () => {
    const tree = read('**REMARKS BY PRIME MINISTER JOHN OKAFOR AT THE PACIFIC SUMMIT**\n\nThank you all.')
    expect(people(tree)).toEqual(['JOHN OKAFOR'])
    expect(tree.people[0]!.roles[0]!.function).toBe('PRIME MINISTER')
  })

  it('should read a dash list of countries and names under one post', () => {
    const tree = read('Ministers meet\n\nLIMA — Those attending were foreign ministers of Peru – Ana Ramos, Chile – Tomás Vidal and Bolivia – Luis Paz.')
    expect(tree.people.map((person) => [person.name, person.roles[0]?.function, person.roles[0]?.country])).toEqual([
      ['Ana Ramos', 'foreign minister', 'PE'],
      ['Tomás Vidal', 'foreign minister', 'CL'],
      ['Luis Paz', 'foreign minister', 'BO']
    ])
  })

  it('should keep two people who share a surname apart when their posts differ', () => {
    const tree = read('## Remarks by President Okafor at the Summit\n\nI honour my brother, Major Samuel Okafor, who served abroad.')
    expect(people(tree)).toEqual(['Okafor', 'Samuel Okafor'])
  })

  it('should take the surname alone, `Mr.` with a given name, and the same name in capitals as the same person', () => {
    const tree = read('News\n\nTOKYO — Li Wei, Secretary General of the Forum, said the Forum met. Mr. Wei thanked the hosts. Later Li Wei left.')
    expect(people(tree)).toEqual(['Li Wei | Mr. Wei'])
  })

  it('should not take organizations, countries, months or pronouns for people', () => {
    const tree = read('News\n\nBAKU — The Council of Europe said on Tuesday that Azerbaijan and the European Union welcomed the talks. He added that May was busy.')
    expect(tree.people).toEqual([])
  })
})

describe('countries, organizations and places', () => {
  it('should not read a person and the organization after them as one body, nor a post as part of a body', () => {
    const tree = read(
      'News\n\nLIMA — Ambassador Luis Paz of the Andean Community, Foreign Minister Ana Ramos and Security Council President Tomás Vidal met the Executive Committee of the Andean Parliament.'
    )
    expect(people(tree)).toEqual(['Luis Paz', 'Ana Ramos', 'Tomás Vidal'])
    expect(texts(tree, 'organization')).toEqual(['Andean Community', 'Security Council', 'Executive Committee of the Andean Parliament'])
  })

  it('should read names, official names, demonyms, misspellings and a capital speaking for its government', () => {
    const tree = read('News\n\nANKARA (AA) – The Kyrgyz Republic, Kazakstan, Turkish officials and Ankara’s envoy met in Ankara.')
    expect(nodes(tree, 'country').map((node) => (node.type === 'country' ? [toString(node), node.code, node.form] : null))).toEqual([
      ['Kyrgyz Republic', 'KG', 'official'],
      ['Kazakstan', 'KZ', 'variant'],
      ['Turkish', 'TR', 'demonym'],
      ['Ankara', 'TR', 'capital']
    ])
    expect(texts(tree, 'place')).toEqual(['ANKARA', 'Ankara'])
  })

  it('should read former names and acronyms as the organization, and bodies with their parent', () => {
    const tree = read('News\n\nBAKU — The Turkic Council and the Council of Foreign Ministers of the Organization of Turkic States met; the OTS said so.')
    expect(nodes(tree, 'organization').map((node) => (node.type === 'organization' ? [toString(node), node.name, node.parent] : null))).toEqual([
      ['Turkic Council', 'Organization of Turkic States', null],
      ['Council of Foreign Ministers of the Organization of Turkic States', 'Council of Foreign Ministers of the Organization of Turkic States', 'Organization of Turkic States'],
      ['Organization of Turkic States', 'Organization of Turkic States', null],
      ['OTS', 'Organization of Turkic States', null]
    ])
  })

  it('should learn an acronym the text defines and find it later', () => {
    const tree = read('News\n\nSUVA — The Pacific Islands Forum (PIF) met.\n\nThe PIF will meet again.', {knowledge: emptyKnowledge})
    expect(texts(tree, 'organization')).toEqual(['Pacific Islands Forum', 'PIF'])
  })

  it('should give posts the organization a defined acronym names, in the heading before the definition too', () => {
    const tree = read(
      '## CMAC Chairman Ana Ramos opens the session\n\nLIMA — The Council of Ministers of the Andean Community (CMAC) met on Monday. Tomás Vidal, Secretary-General of the CMAC, closed it.',
      {knowledge: emptyKnowledge}
    )
    expect(tree.people.map((person) => [person.name, person.roles[0]?.post, person.roles[0]?.organization])).toEqual([
      ['Ana Ramos', 'CMAC Chairman', 'Council of Ministers of the Andean Community'],
      ['Tomás Vidal', 'Secretary-General of the CMAC', 'Council of Ministers of the Andean Community']
    ])
    expect(texts(tree, 'organization')).toEqual(['CMAC', 'Council of Ministers of the Andean Community', 'CMAC'])
  })

  it('should name a country’s government from its adjective', () => {
    const tree = read('News\n\nQUITO — The Ecuadorian government and Peruvian authorities agreed.')
    expect(nodes(tree, 'organization').map((node) => (node.type === 'organization' ? node.name : null))).toEqual(['Government of Ecuador', 'Government of Peru'])
  })
})

describe('quotations', () => {
  it('should take the speaker of a quotation that opens a paragraph from `X said:` ending the one before', () => {
    const tree = read('Statement\n\nBefore departing, Foreign Minister Ana Ramos said:\n\n"Our three countries are again where east and west meet."\n\n"No one said this," the note read.')
    expect(speakerOf(tree, 'Our three countries')).toBe('Ana Ramos')
    expect(speakerOf(tree, 'No one said')).toBeNull()
  })

  it('should read a name’s first word alone (surname first), a given name with and without its hyphen, a participle and a dash', () => {
    const tree = read(
      'Talks\n\nSEOUL (AP) — Foreign Minister Cho Hyun Woo met Foreign Minister Ana Ramos on Saturday. Later Foreign Minister Cho Hyun-woo left.\n\n' +
        'Cho, who took office in January, said in a statement that the two countries "must not let history block cooperation."\n\n' +
        'Secretary-General Luis Paz delivered a blunt speech, saying the system "has failed the people."\n\n' +
        'A colleague — Foreign Minister Ana Ramos — told me: "Size is a fact, not an excuse."'
    )
    expect(tree.people.map((person) => [person.name, ...person.variants].join(' | '))).toEqual(['Cho Hyun Woo | Cho Hyun-woo | Cho', 'Ana Ramos', 'Luis Paz'])
    expect(speakerOf(tree, 'must not let')).toBe('Cho Hyun Woo')
    expect(speakerOf(tree, 'has failed')).toBe('Luis Paz')
    expect(speakerOf(tree, 'Size is a fact')).toBe('Ana Ramos')
  })

  it('should attribute past a post and a clause before the verb, a quotation running into the paragraph with its tag, and a paragraph of quotation after one', () => {
    const tree = read(
      'Andean summit\n\nLIMA (AP) — Peru’s president, Gen. Ana Tora, who chaired the summit, spoke first.\n\n' +
        '"For sixty years others decided for us. Those days are over.\n\n"Today we decide together," Tora said in a speech.\n\n' +
        '"For a small country like ours, this is a long journey," Chile’s Foreign Minister Luis Paz, attending his first summit, said.\n\n' +
        'Bolivia’s foreign minister, Rosa Mena, who was part of her country’s delegation, told reporters that a currency was far off.\n\n' +
        '"We listen to our people," she said.\n\n"If the bloc wants to matter, it has to show results."\n\n' +
        '"Nobody asked us." The note was unsigned.'
    )
    expect(speakerOf(tree, 'For sixty years')).toBe('Ana Tora')
    expect(speakerOf(tree, 'Today we decide')).toBe('Ana Tora')
    expect(speakerOf(tree, 'For a small country')).toBe('Luis Paz')
    expect(speakerOf(tree, 'We listen')).toBe('Rosa Mena')
    expect(speakerOf(tree, 'If the bloc')).toBe('Rosa Mena')
    expect(speakerOf(tree, 'Nobody asked')).toBeNull()
  })

  it('should read Dutch and Irish particles inside names, and take `he` for the subject of a sentence with `was` before it', () => {
    const tree = read(
      'Leaders meet in Dublin\n\nDUBLIN (AP) — Irish Taoiseach Ciarán Ó Murchú and Dutch Prime Minister Maarten van den Broek met on Monday. Ó Murchú spoke first.\n\n' +
        '"We have no illusions," Ó Murchú said.\n\nMr van den Broek was equally upbeat. He said the talks were "a new chapter".'
    )
    expect(tree.people.map((person) => person.name)).toEqual(['Ciarán Ó Murchú', 'Maarten van den Broek'])
    expect(tree.people[0]!.roles[0]?.function).toBe('Taoiseach')
    expect(speakerOf(tree, 'We have no illusions')).toBe('Ciarán Ó Murchú')
    expect(speakerOf(tree, 'a new chapter')).toBe('Maarten van den Broek')
  })

  it('should attribute a word its sentence gives someone, and quotations after `who told`, `and said`, and a name set off by commas', () => {
    const tree = read(
      'Leaders meet in Suva\n\nSUVA (AP) — Prime Minister Ana Tora opened the summit.\n\n' +
        'Tora called the sanctions "criminal" and said the bloc would not return.\n\n' +
        'The so-called "reform" was not discussed.\n\n' +
        'Secretary-General Luis Paz briefed the meeting on the budget and said that "the region has never been more united."\n\n' +
        'The front was represented by its president, Rosa Mena, who told the summit, speaking through an interpreter, that her people would "never accept a future decided elsewhere."\n\n' +
        'The envoy in Nouméa, Jorge Ruiz Vidal, said on Thursday that "the future will be built through dialogue."'
    )
    expect(speakerOf(tree, 'criminal')).toBe('Ana Tora')
    expect(speakerOf(tree, 'reform')).toBeNull()
    expect(speakerOf(tree, 'the region has')).toBe('Luis Paz')
    expect(speakerOf(tree, 'never accept')).toBe('Rosa Mena')
    expect(speakerOf(tree, 'the future will')).toBe('Jorge Ruiz Vidal')
  })

  it('should find a tag’s subject past its honorifics, with or without a full stop, and a name opening with its particles', () => {
    const tree = read(
      'Border talks end\n\nThe talks were chaired by Trade Minister Amani Wekesa Otieno and Foreign Minister Pieter van der Berg.\n\n' +
        '"No trader should wait at the border," Mrs Otieno said at a briefing.\n\n' +
        '"This is not a talk shop," Mr. van der Berg told reporters.\n\n' +
        'Traders were unconvinced. "We have heard this before," said Mrs Halima Njoki, a maize trader.\n\n' +
        '"The committee will report monthly," said H.E. Dr. Otieno.\n\n' +
        '"Nothing changes," Ms. de la Vega added.'
    )
    expect(speakerOf(tree, 'No trader')).toBe('Amani Wekesa Otieno')
    expect(speakerOf(tree, 'This is not')).toBe('Pieter van der Berg')
    expect(speakerOf(tree, 'We have heard')).toBe('Halima Njoki')
    expect(speakerOf(tree, 'The committee')).toBe('Amani Wekesa Otieno')
    expect(speakerOf(tree, 'Nothing changes')).toBe('de la Vega')
  })

  it('should find the speaker of a partial quotation past a clause or a time about the subject, and after a quotation of several sentences', () => {
    const tree = read(
      'Ministers meet in Lima\n\nLIMA (AP) — Foreign Minister Rosa María de la Cruz, who chaired the talks, said the region had "no time left for empty words." ' +
        'Peru’s top diplomat, Luis Paz, on Monday described the pact as "an indispensable pillar of stability."\n\n' +
        '"We have the science. What we lack is the decision," de la Cruz told reporters.\n\n' +
        '"We are not building walls. We are building bridges," he said.\n\n' +
        'Ministry spokesperson Ana Tora criticized the plan and said that Lima should "stop hyping up threats."\n\n' +
        'Minister Jorge Ruiz, a former diplomat, said the fund was "already at work."'
    )
    expect(speakerOf(tree, 'no time left')).toBe('Rosa María de la Cruz')
    expect(speakerOf(tree, 'an indispensable')).toBe('Luis Paz')
    expect(speakerOf(tree, 'We have the science')).toBe('Rosa María de la Cruz')
    expect(speakerOf(tree, 'We are not building')).toBe('Rosa María de la Cruz')
    expect(speakerOf(tree, 'stop hyping')).toBe('Ana Tora')
    expect(speakerOf(tree, 'already at work')).toBe('Jorge Ruiz')
  })

  const tree = read(
    [
      'Ministers meet',
      'SUVA (AP) — Fijian Foreign Minister Ana Tora spoke on Monday.',
      '“We are ready,” the minister said. “We will act.”',
      '“The ocean is rising,” Tora added.',
      'For her part, Samoan Foreign Minister Lea Sefo said, “We agree.”',
      '«Our region first,» said Sefo.',
      'She added: “Thank you.”',
      'The “Blue Pacific 2050” strategy was welcomed.',
      'Someone shouted “no deal” from the back.'
    ].join('\n\n')
  )

  it('should attribute by title, by continuation, by name before or after, inverted, and by pronoun', () => {
    expect(speakerOf(tree, 'We are ready')).toBe('Ana Tora')
    expect(speakerOf(tree, 'We will act')).toBe('Ana Tora')
    expect(speakerOf(tree, 'The ocean')).toBe('Ana Tora')
    expect(speakerOf(tree, 'We agree')).toBe('Lea Sefo')
    expect(speakerOf(tree, 'Our region')).toBe('Lea Sefo')
    expect(speakerOf(tree, 'Thank you')).toBe('Lea Sefo')
  })

  it('should attribute to a title of two capitalised words, before or after the verb, with words after it', () => {
    const council = read(
      'Council meets\n\nBRUSSELS — High Representative Ana Ramos chaired the Council.\n\n“We cannot afford it,” the High Representative said.\n\n“Our answer must be more air defence,” said the High Representative after the meeting.'
    )
    expect(speakerOf(council, 'We cannot')).toBe('Ana Ramos')
    expect(speakerOf(council, 'Our answer')).toBe('Ana Ramos')
  })

  it('should leave titles and quotations with no speaker unattributed', () => {
    expect(speakerOf(tree, 'Blue Pacific')).toBeNull()
    expect(speakerOf(tree, 'no deal')).toBeNull()
  })

  it('should not guess between two ministers for `the minister`', () => {
    const ambiguous = read('Talks\n\nLIMA — Peruvian Foreign Minister Ana Ramos met Chilean Foreign Minister Tomás Vidal.\n\n“It went well,” the minister said.')
    expect(speakerOf(ambiguous, 'It went well')).toBeNull()
  })

  it('should give a post the body its acronym names, before the name as after it', () => {
    // RATS: a body of the SCO in the knowledge files.
    const bodies = read('Talks\n\nASTANA — RATS Director Ana Ramos opened the session; Tomás Vidal, Director of the RATS, closed it.')
    expect(bodies.people.map((person) => [person.name, person.roles[0]?.organization])).toEqual([
      ['Ana Ramos', 'SCO Regional Anti-Terrorist Structure'],
      ['Tomás Vidal', 'SCO Regional Anti-Terrorist Structure']
    ])
  })

  it('should attribute past where the speaker is from, and after more reporting verbs', () => {
    const origins = read(
      'Talks\n\nSANTIAGO — Minister Carlos Ortega of Chile reminded us yesterday that “small economies cannot wait.” Foreign Minister Ana Ramos pledged: “We will help.”'
    )
    expect(speakerOf(origins, 'small economies')).toBe('Carlos Ortega')
    expect(speakerOf(origins, 'We will help')).toBe('Ana Ramos')
  })

  it('should take a quotation that starts with a number for speech, and a Title Case one for a title', () => {
    const numbers = read(
      'Talks\n\nLIMA — Foreign Minister of Peru Ana Ramos said: “1004 is not the end of it.” She praised the “(Andean) Vision for 2040 Strategy” and the “Lima 2030 Agenda”.'
    )
    expect(speakerOf(numbers, '1004 is not')).toBe('Ana Ramos')
    expect(speakerOf(numbers, '(Andean) Vision')).toBeNull()
    expect(speakerOf(numbers, 'Lima 2030')).toBeNull()
  })

  it('should give a speech’s own `I said` to its speaker', () => {
    const speech = read('## Remarks by President Okafor at the Summit\n\nYears ago I said, “Let us build it.” We did.')
    expect(speakerOf(speech, 'Let us build')).toBe('Okafor')
  })
})

describe('meetings and attendance', () => {
  it('should read the chair, the attendees and leave the host out', () => {
    const tree = read(
      '## Statement of the Council of the Andean Community\n\nThe Council held an extraordinary meeting on 4 May 2023 upon the invitation of H.E. Rosa Mena, Minister of Foreign Affairs of Ecuador.\n\nThe Meeting was chaired by H.E. Ana Ramos, Minister of Foreign Affairs of Peru and attended by H.E. Tomás Vidal, Minister of Foreign Affairs of Chile and H.E. Luis Paz, Minister of Foreign Affairs of Bolivia.\n\nThe Council has:\n\n1. Agreed to meet again.'
    )
    expect(tree.meeting?.kind).toBe('extraordinary')
    expect(tree.meeting?.date).toBe('2023-05-04')
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.chair, participant.role?.country])).toEqual([
      ['Ana Ramos', true, 'PE'],
      ['Tomás Vidal', false, 'CL'],
      ['Luis Paz', false, 'BO']
    ])
  })

  it('should count speakers at the meeting, not people met on the sidelines or thanked', () => {
    const tree = read(
      'Ministers meet in Lima\n\nLIMA (AP) — Chilean Foreign Minister Tomás Vidal said on Monday during the ministerial meeting of the Andean Community that trade was key.\n\nOn the sidelines, Vidal met Trade Minister Rosa Mena.\n\nVidal thanked President Ana Ramos for hosting.'
    )
    expect(tree.meeting?.participants.map((participant) => tree.people.find((person) => person.entity === participant.entity)?.name)).toEqual(['Tomás Vidal'])
  })

  it('should read a list after `The following … attended the Session:`, its items opening with honorifics of any style', () => {
    const tree = read(
      'Final Communiqué\n\n1. The Session was held in Lima.\n\n2. The following Heads of State or their duly mandated representatives attended the Session:\n' +
        '   - H.E. Prof. Ana Ramos, President of the Republic of Peru;\n   - Rt. Hon. Luis Paz, Speaker of the Andean Parliament;\n' +
        '   - H.E. Amb. Rosa Mena, Deputy Chairperson of the Andean Commission;\n   - Alhaji Musa Bello, Special Envoy;\n   - Shri Anil Rao, Observer.\n\n' +
        '3. The Session paid tribute to H.E. Dame Jorge Ruiz, former President.'
    )
    expect(people(tree)).toEqual(['Ana Ramos', 'Luis Paz', 'Rosa Mena', 'Musa Bello', 'Anil Rao', 'Jorge Ruiz'])
    expect(tree.meeting?.participants.map((participant) => nameOf(tree, participant.entity))).toEqual(['Ana Ramos', 'Luis Paz', 'Rosa Mena', 'Musa Bello', 'Anil Rao'])
  })

  it('should read an annexed list of heads of delegation, a state or body and a name a line, under a chair’s summary', () => {
    const tree = read(
      "Chair's Summary: Andean Foreign Ministers' Meeting, Lima, 3 May 2025\n\n" +
        '1. The meeting was held in Lima under the chairship of Ms Ana Ramos, Minister of Foreign Affairs of Peru.\n\n2. Ministers discussed trade.\n\n' +
        'ANNEX: HEADS OF DELEGATION\n\nMembers\nChile – the Hon Luis Paz MP, Minister of Foreign Affairs\nBolivia – HH Prince Faisal bin Turki Al Saud, Vice Minister of Foreign Affairs\n' +
        'Peru – Ms Ana Ramos, Minister of Foreign Affairs (Chair)\nUnited Kingdom – Dame Rosa Mena DCMG, Permanent Under-Secretary\n\n' +
        'Invited\nSpain – Mr Íñigo Fernández de Córdoba y Sáenz, Secretary of State\nForeign Minister Jorge Ruiz of Ecuador did not come, officials said.'
    )
    expect(tree.kind).toBe('statement')
    expect(people(tree)).toEqual(['Ana Ramos', 'Luis Paz', 'Faisal bin Turki Al Saud', 'Rosa Mena', 'Íñigo Fernández de Córdoba y Sáenz', 'Jorge Ruiz'])
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.chair, participant.role?.country ?? null])).toEqual([
      ['Ana Ramos', true, 'PE'],
      ['Luis Paz', false, 'CL'],
      ['Faisal bin Turki Al Saud', false, 'BO'],
      ['Rosa Mena', false, 'GB'],
      ['Íñigo Fernández de Córdoba y Sáenz', false, 'ES']
    ])
  })

  it('should count who chaired, attended, was sent to or spoke at a retreat, and who told fellow ministers', () => {
    const tree = read(
      'Andean ministers meet in Cusco\n\nCUSCO, Peru (Reuters) - Andean foreign ministers met on Thursday.\n\n' +
        'Peruvian Foreign Minister Ana Ramos, who chaired the two-day retreat, said the bloc was united.\n\n' +
        'Bolivia sent a junior official, Permanent Secretary Luis Paz, to the meeting. Bolivia also sent a letter to Foreign Minister Jorge Ruiz of Ecuador.\n\n' +
        'Chilean Foreign Minister Rosa Mena told fellow ministers that trade came first.\n\n' +
        '"We are ready," Colombian Foreign Minister Tomás Vidal, attending his first retreat, said.\n\n' +
        'Andean Secretary-General Marta Solís, who also attended the retreat, said the secretariat would help. Ecuadorian Trade Minister Pablo Ortiz called at the retreat for lower tariffs.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis, participant.chair])).toEqual([
      ['Ana Ramos', 'chaired', true],
      ['Luis Paz', 'attended', false],
      ['Rosa Mena', 'spoke', false],
      ['Tomás Vidal', 'attended', false],
      ['Marta Solís', 'attended', false],
      ['Pablo Ortiz', 'spoke', false]
    ])
  })

  it('should count who chaired or opened it, led or joined a delegation, presented a report, addressed a body, and the subjects joined by `and`', () => {
    const tree = read(
      'Conference for Peru\n\nLIMA (AP) — Foreign Minister Ana Ramos on Tuesday chaired the conference of donors in Lima. ' +
        'It opened at the initiative of President Luis Paz, who opened the proceedings.\n\n' +
        'The Bolivian delegation was led by the Prime Minister, Mr Jorge Ruiz, accompanied by the Minister of Finance, Ms Rosa Mena.\n\n' +
        'The Andean Coordinator, Ms Marta Solís, presented the humanitarian situation. Ms Inés Vera, Deputy Minister of Mexico, attended on behalf of the observers. ' +
        'Mr Pablo Ortiz, Minister of Chile, addressed the Committee by videoconference.\n\n' +
        'Chile’s foreign minister, Tomás Vidal, who was part of his country’s delegation, told reporters trade was key. ' +
        'Ecuadorian Prime Minister Carla Mora and Colombia’s Deputy Prime Minister Ratu Juan Gil attended, while Panama was absent.\n\n' +
        'Session II, on the role of the donors in addressing the reform of the region’s finances after the floods, was moderated by the Deputy Minister, Mr Raúl León.\n\n' +
        'President Eva Cruz said in Quito that she hoped for peace.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis, participant.chair])).toEqual([
      ['Ana Ramos', 'chaired', true],
      ['Luis Paz', 'spoke', false],
      ['Jorge Ruiz', 'attended', false],
      ['Rosa Mena', 'attended', false],
      ['Marta Solís', 'spoke', false],
      ['Inés Vera', 'attended', false],
      ['Pablo Ortiz', 'spoke', false],
      ['Tomás Vidal', 'attended', false],
      ['Juan Gil', 'attended', false],
      ['Carla Mora', 'attended', false],
      ['Raúl León', 'spoke', false]
    ])
  })

  it('should count those in attendance, delegations and sides, signatories, co-chairs, virtual participants and the host of the talks, not chairs or talks that were to be', () => {
    const tree = read(
      'Andean Commission meets\n\nLIMA (AP) — Foreign Minister Ana Ramos said the decisions were reached at the commission, which she co-chaired with her Chilean counterpart Luis Paz here today.\n\n' +
        'The dialogue was hosted by Deputy Minister Jorge Ruiz and attended by senior officials.\n\n' +
        'Other members in attendance were: Prime Minister of Bolivia, the Honourable Rosa Mena; and Prime Minister of Ecuador, Dr. the Honourable Tomás Vidal.\n\n' +
        'The Prime Minister of Colombia, the Honourable Marta Solís, participated virtually. The Secretary-General, Dr. Inés Vera, was also in attendance.\n\n' +
        'The Peruvian delegation included Ambassador Pablo Ortiz, while the Chilean side included Trade Minister Carla Mora.\n\n' +
        'The agreement was signed by Justice Minister Raúl León and Chile’s interior minister, Eva Cruz.\n\n' +
        'The session was originally meant to be co-chaired by President Juan Gil. In Quito, the minister will hold a meeting with Foreign Minister Sara Toro.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.chair])).toEqual([
      ['Luis Paz', true],
      ['Ana Ramos', true],
      ['Jorge Ruiz', false],
      ['Rosa Mena', false],
      ['Tomás Vidal', false],
      ['Marta Solís', false],
      ['Inés Vera', false],
      ['Pablo Ortiz', false],
      ['Carla Mora', false],
      ['Raúl León', false],
      ['Eva Cruz', false]
    ])
  })

  it('should read a list after `The following … were represented by Ministers:`, and a speech’s speaker on a line of their own under the title', () => {
    const communique = read(
      'Communiqué of the Andean Summit\n\n1. The Summit met virtually.\n\n2. The following Member States were represented by Ministers:\n\n' +
        '   - Bolivia: H.E. Mr. Luis Paz, Minister of Foreign Affairs;\n   - Chile: Hon. Rosa Mena, Minister of Foreign Affairs.\n\n3. The Summit closed.'
    )
    expect(communique.meeting?.participants.map((participant) => nameOf(communique, participant.entity))).toEqual(['Luis Paz', 'Rosa Mena'])
    const speech = read(
      'Director General’s Introductory Statement to the Board of Governors\n\n2 March 2026\nVienna, Austria\nDirector General Ana Tora Ruiz\n(As prepared for delivery)\n\nMadam Chair,\n\nI thank you all. Thank you.'
    )
    expect(speech.meeting?.participants.map((participant) => [nameOf(speech, participant.entity), participant.basis, participant.role?.country ?? null])).toEqual([
      ['Ana Tora Ruiz', 'delivered', null]
    ])
  })

  it('should count the people a press conference’s speaker labels name, not a sentence ending with a colon or an outlet in brackets', () => {
    const tree = read(
      'Press conference by Andean Secretary General Ana Tora following the meeting of Foreign Ministers\n\n' +
        'Andean Spokesperson Luis Paz: Good afternoon. The Secretary General will start.\n\n' +
        'Andean Secretary General Ana Tora: Thank you, Luis.\n\nMinister Jorge Ruiz told us very plainly: "We need more."\n\n' +
        'Question [Rosa Mena, Agencia Andes]: Thank you. Is this so?\n\nReporter (Lima Times): Is it?\n\nAndean Secretary General: Yes.\n\n' +
        'Question: Good evening, madam. Jorge Ruiz from Andes Daily. Is there a timeframe?\n\nQuestion: Madam, this is Tomás from Radio Sur. Will it be taken up?\n\n' +
        'Question: Madam, will Minister Carla Mora come, as the Lima Times reported?\n\nAndean Secretary General: Thank you. We will see.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis])).toEqual([
      ['Luis Paz', 'spoke'],
      ['Ana Tora', 'spoke'],
      ['Rosa Mena', 'spoke'],
      ['Jorge Ruiz', 'spoke'],
      ['Tomás', 'spoke']
    ])
    expect(tree.people.map((person) => person.name)).not.toContain('Lima Times')
  })

  it('should count those named before `met in`, a delegation that `also included`, who `joined part of the talks`, and no sea or region', () => {
    const tree = read(
      'Joint Communiqué of the Andean Presidents\n\nThe President of Peru, Ana Ramos; the President of Chile, Luis Paz; and the President of Bolivia, Rosa Mena, met in the city of Cusco on 20 December 2025.\n\n' +
        '1. The Presidents welcomed the talks.\n\n2. The Peruvian delegation also included Trade Principal Secretary Jorge Ruiz.\n\n' +
        '3. Ecuador’s Foreign Minister Tomás Vidal, who joined part of the talks by video, thanked the group.\n\n' +
        '4. The Presidents agreed that the Baltic Sea and the Caribbean states should share information, and Andean states agree.'
    )
    expect(tree.meeting?.participants.map((participant) => nameOf(tree, participant.entity))).toEqual(['Ana Ramos', 'Luis Paz', 'Rosa Mena', 'Jorge Ruiz', 'Tomás Vidal'])
    expect(tree.people.map((person) => person.name)).toEqual(['Ana Ramos', 'Luis Paz', 'Rosa Mena', 'Jorge Ruiz', 'Tomás Vidal'])
  })

  it('should count who attended `as did` others, and who represented a body', () => {
    const tree = read(
      'Ministers meet in Lima\n\nLIMA (AP) — The foreign ministers of the Andean Community met in Lima on 4 May 2023. Chilean Foreign Minister Tomás Vidal attended the meeting, as did Bolivia’s Foreign Minister Luis Paz. The Andean Parliament was represented by Ambassador Rosa Mena.\n\nPresident Ana Ramos said trade was key, as did Vidal.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis, participant.role?.country ?? null])).toEqual([
      ['Tomás Vidal', 'attended', 'CL'],
      ['Luis Paz', 'attended', 'BO'],
      ['Rosa Mena', 'attended', null]
    ])
  })

  it('should count the named holders of a post whose holders from listed states met, not others or those who stayed away', () => {
    const tree = read(
      'Chile, Peru foreign ministers agree on a border commission\n\n' +
        'LIMA (AP) — The foreign ministers of Chile, Peru and Bolivia agreed on Monday to set up a border commission.\n\n' +
        'Chilean Foreign Minister Tomás Vidal said the commission would meet monthly. Peru’s Foreign Minister Ana Ramos praised the deal.\n\n' +
        'Bolivian Foreign Minister Luis Paz did not attend the talks in person, his ministry said.\n\n' +
        'Argentine Foreign Minister Rosa Mena said in Buenos Aires that she welcomed the deal. Chilean Trade Minister Jorge Ruiz said exporters would gain.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis, participant.role?.country ?? null])).toEqual([
      ['Tomás Vidal', 'attended', 'CL'],
      ['Ana Ramos', 'attended', 'PE']
    ])
    // The states listed before the post (a headline's style), and a sentence about something else.
    const headline = read(
      'Japan, South Korea foreign ministers meet in Seoul\n\nSEOUL (AP) — Japanese Foreign Minister Haruko Sato and South Korean Foreign Minister Cho Min-jun spoke on Friday.\n\nThe foreign ministers of France and Germany praised the talks. French Foreign Minister Anne Roux said so in Paris.'
    )
    expect(headline.meeting?.participants.map((participant) => [nameOf(headline, participant.entity), participant.role?.country ?? null])).toEqual([
      ['Haruko Sato', 'JP'],
      ['Cho Min-jun', 'KR']
    ])
    // A meeting `of` the group, with no verb of meeting.
    const meetingOf = read(
      'Ministers in Tbilisi\n\nTBILISI (AP) — The Trilateral Meeting of the Foreign Ministers of Georgia, Armenia and Azerbaijan took place on Friday. Armenian Foreign Minister Aram Petrosyan praised the host.'
    )
    expect(meetingOf.meeting?.participants.map((participant) => nameOf(meetingOf, participant.entity))).toEqual(['Aram Petrosyan'])
  })

  it('should read `X, who chaired the meeting,` as the chair and `X briefed participants` as a speaker', () => {
    const tree = read(
      'Ministers meet\n\nLIMA (AP) — Foreign Minister Ana Ramos, who chaired the ministerial meeting, said trade was key. Luis Paz, executive director of the Andean Community, briefed participants. Rosa Mena, who chaired a panel in 2019, did not come.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis, participant.chair])).toEqual([
      ['Ana Ramos', 'chaired', true],
      ['Luis Paz', 'spoke', false]
    ])
  })

  it('should count both sides of `held talks with`', () => {
    const tree = read(
      'Talks\n\nOn 12 April 2024, Minister of Foreign Affairs of Peru H.E. Ana Ramos held talks with Minister of State for Foreign Affairs of Chile H.E. Mr. Luis Paz, who is on a working visit in Lima. Rosa Mena was not there.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis, participant.role?.country ?? null])).toEqual([
      ['Ana Ramos', 'attended', 'PE'],
      ['Luis Paz', 'attended', 'CL']
    ])
  })

  it('should count a list of those taking part, one to an item, with the country closing each item', () => {
    const tree = read(
      'Final Communiqué of the Council\n\nThe Council met in Lima on 6 April 2025, with the participation of:\n\n- His Excellency Sultan bin Jassim Al-Marri, Minister of State, State of Qatar\n- H.E. Khalid Nasser, Minister of Foreign Affairs, Kingdom of Bahrain\n- H.E. Ali Hassan, Minister of Foreign Affairs, United Arab Emirates\n\nThe Council thanked Sultan Haitham bin Tarik, and Minister Rosa Mena, Peru, for their support.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis, participant.role?.country ?? null])).toEqual([
      ['Sultan bin Jassim Al-Marri', 'attended', 'QA'],
      ['Khalid Nasser', 'attended', 'BH'],
      ['Ali Hassan', 'attended', 'AE']
    ])
    // A ruler's title before a given name stays a title; a country inside a sentence is no post's.
    expect(tree.people.slice(3).map((person) => [person.name, person.roles[0]?.post, person.roles[0]?.country ?? null])).toEqual([
      ['Haitham bin Tarik', 'Sultan', null],
      ['Rosa Mena', 'Minister', null]
    ])
  })

  it('should count those a news report says spoke at, hosted or attended the meeting', () => {
    const tree = read(
      'Ministers meet in Lima\n\nLIMA (AP) — The foreign minister of Peru, Ana Ramos, hosted her two counterparts for the 11th Trilateral Meeting on Monday. ' +
        'Speaking at a joint news conference after the meeting, Luis Paz said the talks went well. ' +
        'Leaders of the region attended, including Prime Minister Rosa Mena and Foreign Minister Tomás Vidal. ' +
        'Chile sent its deputy foreign minister, Inés Soto, who said little. ' +
        'Secretary General Jorge Ruiz, who also addressed the closing session, said funds were short. ' +
        'On the sidelines, President Marta Gil met Paz. Former minister Pablo Lara said the talks were late.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis]).sort()).toEqual([
      ['Ana Ramos', 'attended'],
      ['Inés Soto', 'attended'],
      ['Jorge Ruiz', 'spoke'],
      ['Luis Paz', 'spoke'],
      ['Rosa Mena', 'attended'],
      ['Tomás Vidal', 'attended']
    ])
    expect(tree.people.map((person) => person.name)).toContain('Inés Soto')
  })

  it('should read the patronymic particles of Turkic names inside a name', () => {
    const tree = read('Talks\n\nBAKU — Foreign Minister Elnur Rasim oglu Mammadli met Deputy Minister Aida Kasym kyzy Bekova on Monday. Mammadli said the talks went well.')
    expect(tree.people.map((person) => [person.name, ...person.variants].join(' | '))).toEqual(['Elnur Rasim oglu Mammadli | Mammadli', 'Aida Kasym kyzy Bekova'])
  })

  it('should count who attended (with no object), led a discussion or introduced one, and read `the Hon.` and `St.` inside a sentence', () => {
    const tree = read(
      'Chair’s Statement\n\n1. The meeting was chaired by the Hon. Desmond St. Clair Baptiste, Minister of Foreign Affairs of Grenada. The Secretary-General, the Hon. Ana Ramos, attended and delivered the report.\n\n' +
        '2. Ministers held a discussion on debt, led by Senator the Hon. Ruth Ellis, Minister of Foreign Affairs of Jamaica.\n\n' +
        '3. Ms. Rosa Mena, Minister of Foreign Affairs of Canada, and Ms. Inés Soto, Deputy Minister of South Africa, introduced a discussion on trade. Luis Paz attended a wedding.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis, participant.chair])).toEqual([
      ['Desmond St. Clair Baptiste', 'chaired', true],
      ['Ana Ramos', 'attended', false],
      ['Ruth Ellis', 'spoke', false],
      ['Rosa Mena', 'spoke', false],
      ['Inés Soto', 'spoke', false]
    ])
  })

  it('should count whom a body held an exchange of views with, and not one on the sidelines', () => {
    const tree = read(
      'Foreign Affairs Council, 20 May 2024\n\nThe Council met in Brussels on 20 May 2024. Ministers held an exchange of views with the EU Special Representative for the Sahel, Pierre-Henri Lucas, on the security situation. On the sidelines, Ana Ramos held discussions with Minister of Foreign Affairs of Chile Luis Paz.'
    )
    expect(tree.meeting?.participants.map((participant) => [nameOf(tree, participant.entity), participant.basis])).toEqual([['Pierre-Henri Lucas', 'attended']])
  })

  it('should name the body a meeting is of, `and` between capitalised words included', () => {
    const tree = read('News\n\nLOMÉ — The Peace and Security Council held its 512th meeting on 9 October 2025.')
    expect(tree.meeting?.body).toBe('Peace and Security Council')
  })

  it('should not report a meeting that is ahead, or planned', () => {
    const tree = read('News\n\nLIMA (AP) — Ahead of next week’s summit, the minister said the summit would be held in Cusco.')
    expect(tree.meeting).toBeNull()
  })

  it('should give a speech’s speaker as its participant', () => {
    const tree = read('## Remarks by Vice President Jane Okoye at the Pacific Summit\n\nThank you all for coming.')
    expect(tree.meeting?.participants.map((participant) => [participant.entity, participant.basis])).toEqual([['p1', 'delivered']])
  })
})
