import type {Element} from '@xmldom/xmldom'
import {format} from './constants.js'
import {markupAgent} from './references.js'
import type {State} from './types.js'
import {normalizeSpace} from './util.js'

/**
 * Build `meta`: `identification` (FRBRWork, FRBRExpression, FRBRManifestation, every mandatory child in
 * schema order), `lifecycle` (the generation of the document, at its meeting) when the date is known, and
 * `references` (the original expression and every TLC entry the document refers to). Call it after the
 * body is exported: the body fills the references.
 *
 * @param state
 *   Info passed around.
 * @returns
 *   The `meta` element.
 */
export function meta(state: State): Element {
  const {identity, options, tree} = state
  const e = (name: string, attributes: Readonly<Record<string, string | undefined>>) => state.element(name, attributes)
  const title = normalizeSpace(tree.title ?? '')
  const speaker = identity.speaker
  const source = `#${markupAgent}`
  const date = e('FRBRdate', {date: identity.date, name: identity.dateName})
  const author = () => e('FRBRauthor', {href: `#${identity.author}`, as: '#author'})

  const work = state.element('FRBRWork', {}, [
    e('FRBRthis', {value: `${identity.work}/!main`}),
    e('FRBRuri', {value: identity.work}),
    ...(title ? [e('FRBRalias', {name: 'title', value: title})] : []),
    e('FRBRalias', {name: 'stem', value: options.stem}),
    date,
    author(),
    ...(speaker ? [e('FRBRauthor', {href: `#${speaker}`, as: `#${state.references.fixedRole('speaker')}`})] : []),
    e('FRBRcountry', {value: identity.jurisdiction}),
    e('FRBRsubtype', {value: identity.subtype}),
    e('FRBRname', {value: identity.number}),
    e('FRBRprescriptive', {value: 'false'})
  ])

  const expression = state.element('FRBRExpression', {}, [
    e('FRBRthis', {value: `${identity.expression}/!main`}),
    e('FRBRuri', {value: identity.expression}),
    e('FRBRdate', {date: identity.date, name: identity.dateName}),
    author(),
    e('FRBRlanguage', {language: options.language})
  ])

  const manifestation = state.element('FRBRManifestation', {}, [
    e('FRBRthis', {value: `${identity.expression}/!main.xml`}),
    e('FRBRuri', {value: `${identity.expression}.akn`}),
    e('FRBRdate', {date: options.markupDate, name: 'markup'}),
    e('FRBRauthor', {href: source, as: '#editor'}),
    e('FRBRformat', {value: format})
  ])

  const children: Element[] = [state.element('identification', {source}, [work, expression, manifestation])]
  const event = state.references.meeting()
  if (identity.dateKnown) {
    children.push(
      state.element('lifecycle', {source}, [
        e('eventRef', {eId: 'eventRef_1', date: identity.date, source: '#original', type: 'generation', refersTo: event ? `#${event}` : undefined})
      ])
    )
  }

  const references = state.element('references', {source}, [e('original', {eId: 'original', href: identity.expression, showAs: title || options.stem})])
  for (const entry of state.references.list()) {
    references.appendChild(e(entry.kind, {eId: entry.eId, href: entry.href, showAs: entry.showAs, shortForm: entry.shortForm}))
  }
  children.push(references)
  return state.element('meta', {}, children)
}
