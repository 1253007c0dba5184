// The organization a post serves, when its complement names a body of an organization: the body
// itself, not the organization it belongs to (that one stays the body's `parent`).
import type {Document} from '@communique/doctree'
import {parse} from '@communique/parser'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const read = (value: string): Document => parse(new VFile({path: 'x.txt', value}))
const roles = (tree: Document) => tree.people.map((person) => [person.name, person.roles.map((role) => [role.function, role.organization])])

describe('organizations served by posts', () => {
  it('should give a body’s official the body, whose parent is its organization', () => {
    const tree = read(
      'Ministers meet in Baku\n\nBAKU (AP) — The meeting was chaired by Chairman of the Council of Foreign Ministers of the Organization of Turkic States Jeyhun Bayramov and attended by Head of the Secretariat of the Organization of Turkic States Aliya Nurova and by Secretary General of the Organization of Turkic States Baghdad Amreyev.'
    )
    expect(roles(tree)).toEqual([
      ['Jeyhun Bayramov', [['Chairman', 'Council of Foreign Ministers of the Organization of Turkic States']]],
      ['Aliya Nurova', [['Head', 'Secretariat of the Organization of Turkic States']]],
      ['Baghdad Amreyev', [['Secretary General', 'Organization of Turkic States']]]
    ])
  })

  it('should give the official of a body named as an organization of its own that body (`SCO RATS`)', () => {
    const tree = read(
      'Ministers meet in Astana\n\nASTANA. KAZINFORM – Director of the SCO RATS Ruslan Mirzaev participated in the meeting of the SCO Council of Foreign Ministers.\n\nDirector of the Executive Committee of the SCO RATS Aibek Tashbaev participated in it too.'
    )
    expect(roles(tree)).toEqual([
      ['Ruslan Mirzaev', [['Director', 'SCO Regional Anti-Terrorist Structure']]],
      ['Aibek Tashbaev', [['Director', 'Executive Committee of the SCO RATS']]]
    ])
  })
})
