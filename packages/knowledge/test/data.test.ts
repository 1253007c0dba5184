// The knowledge files keep their rules: every fact has a source, dates and ids are well formed.
import {describe, expect, it} from 'vitest'
import {countryIndex, countryName, emptyKnowledge, fold, loadKnowledge, misspeltCountry, slug, standingOf} from '@communique/knowledge'

const knowledge = loadKnowledge()
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
const isCountry = (code: string) => countryName(code) !== code

describe('knowledge files', () => {
  it('should give every organization, body, former name and membership a source', () => {
    for (const organization of knowledge.organizations) {
      expect(organization.source ?? organization.founded?.source ?? organization.members?.[0]?.source, organization.id).toBeTruthy()
      for (const former of organization.formerNames) expect(former.source, `${organization.id}: ${former.name}`).toBeTruthy()
      for (const body of organization.bodies ?? []) expect(body.source, `${organization.id}: ${body.id}`).toBeTruthy()
      for (const member of organization.members ?? []) {
        expect(member.source, `${organization.id}: ${member.country}`).toBeTruthy()
        expect(isDate(member.since), `${organization.id}: ${member.country} since`).toBe(true)
        expect(isCountry(member.country), `${organization.id}: ${member.country}`).toBe(true)
      }
    }
  })

  it('should keep ids unique and Wikidata ids well formed', () => {
    const ids = knowledge.organizations.map((organization) => organization.id)
    expect(new Set(ids).size).toBe(ids.length)
    const qids = [...knowledge.organizations.map((item) => item.wikidata), ...knowledge.countries.map((item) => item.wikidata), ...knowledge.people.map((item) => item.wikidata)]
    for (const qid of qids) if (qid !== null) expect(qid).toMatch(/^Q\d+$/)
    for (const person of knowledge.people) expect(person.source).toBeTruthy()
    for (const country of knowledge.countries) expect(isCountry(country.code) && Boolean(country.source), country.code).toBe(true)
  })

  it('should tell standings on a date', () => {
    expect(standingOf(knowledge, 'ots', 'HU', '2022-01-11')).toBe('observer')
    expect(standingOf(knowledge, 'ots', 'TM', '2020-02-06')).toBeNull()
    expect(standingOf(knowledge, 'ots', 'TM', '2022-01-11')).toBe('observer')
    expect(standingOf(knowledge, 'ots', 'FR', '2022-01-11')).toBeNull()
    expect(standingOf(emptyKnowledge, 'ots', 'HU', '2022-01-11')).toBeNull()
  })

  it('should still know the world’s countries without the knowledge files', () => {
    const plain = countryIndex(emptyKnowledge)
    expect(plain.entries.get(fold('Kyrgyz Republic'))).toEqual({code: 'KG', form: 'official'})
    expect(plain.entries.get(fold('Kazakh'))).toBeUndefined()
    expect(countryIndex(knowledge).entries.get(fold('Kazakh'))).toEqual({code: 'KZ', form: 'demonym'})
  })

  it('should read obvious misspellings and nothing else', () => {
    expect(misspeltCountry('Kazakstan')).toEqual({code: 'KZ', form: 'variant'})
    expect(misspeltCountry('Ecuadorian')).toEqual({code: 'EC', form: 'demonym'})
    expect(misspeltCountry('Austria')).toBeNull()
    expect(misspeltCountry('Banana')).toBeNull()
  })

  it('should fold and slug names from any script', () => {
    expect(fold('Mevlüt ÇAVUŞOĞLU')).toBe('mevlut cavusoglu')
    expect(slug('Işık Öztürk')).toBe('isik-ozturk')
    expect(slug('Қасым-Жомарт Тоқаев')).toBe('qasym-zhomart-toqaev')
    expect(slug('…')).toBe('x')
  })
})
