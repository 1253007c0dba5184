import type {EventLeaf, IdReference, Organization, Person, RoleLeaf, VirtualLocationLeaf} from 'schema-dts'
import {documentIri, documentIriByFile} from '../lookup.js'
import type {Handle} from '../types.js'
import {assertIri, compare, ref, refs, sortedUnique} from '../util.js'

/**
 * Someone's attendance (role pattern: `Event → attendee → Role → attendee → Person`), typed with
 * schema-dts's generic `Role<TContent, TProperty>` leaf.
 */
type Attendance = RoleLeaf<IdReference | Organization | Person, 'attendee'>

/** `location` of a meeting: a virtual location and/or a place. */
type Location = IdReference | VirtualLocationLeaf

/** Name of the virtual location of online meetings. */
const videoconference = 'Videoconference'

/**
 * Export a meeting as an `Event`: `name`, `alternateName`, `startDate`, `eventAttendanceMode` (an
 * IRI: `{"@id": "schema:OnlineEventAttendanceMode"}` or `…Offline…`, never a string, which would
 * become a literal), `location` (a `VirtualLocation` `{meeting}/virtual-location` for online
 * meetings, and the place when known), `organizer` → the body that met (or else the organization),
 * `attendee` → one `Role` per participant (`roleName` `chair` or `participant`, `name` = the post
 * they attended under, `attendee` → the person, `subjectOf` → the documents that state they took
 * part), `subjectOf` → every document that reports it, `recordedIn` → the official records.
 *
 * @param entity
 *   Meeting entity.
 * @param state
 *   Info passed around.
 * @returns
 *   `Event` node.
 */
export const meeting: Handle<'meeting'> = function (entity, state) {
  const what = `meeting \`${entity.name}\``
  const id = assertIri(entity.id, what)
  const node: EventLeaf = {'@id': id, '@type': 'Event', name: entity.name}
  const alternateNames = sortedUnique(entity.alternateNames).filter((name) => name !== entity.name)
  if (alternateNames.length > 0) node.alternateName = alternateNames
  if (entity.startDate !== null) node.startDate = entity.startDate

  if (entity.mode === 'online') node.eventAttendanceMode = {'@id': 'schema:OnlineEventAttendanceMode'}
  else if (entity.mode === 'in-person') node.eventAttendanceMode = {'@id': 'schema:OfflineEventAttendanceMode'}

  const locations: Location[] = []
  if (entity.mode === 'online') locations.push({'@id': `${id}/virtual-location`, '@type': 'VirtualLocation', name: videoconference})
  if (entity.location !== null) locations.push(ref(entity.location, `the location of ${what}`))
  const [location] = locations
  if (locations.length > 1) node.location = locations
  else if (location) node.location = location

  const organizer = entity.organizer ?? entity.organization
  if (organizer !== null) node.organizer = ref(organizer, `the organizer of ${what}`)

  const attendees = entity.participants
    .map((participant) => {
      const role: Attendance = {
        '@id': assertIri(participant.id, `an attendance at ${what}`),
        '@type': 'Role',
        roleName: participant.chair ? 'chair' : 'participant',
        attendee: ref(participant.person, `an attendee of ${what}`)
      }
      if (participant.role !== null) role.name = participant.role
      const sources = participant.sources.map((file) => documentIriByFile(state, file, `an attendance at ${what}`))
      if (sources.length > 0) role.subjectOf = refs(sources, `a source of an attendance at ${what}`)
      return role
    })
    .sort((a, b) => compare(a['@id'] ?? '', b['@id'] ?? ''))
  if (attendees.length > 0) node.attendee = attendees

  if (entity.recordedIn.length > 0) node.recordedIn = refs(entity.recordedIn.map((stem) => documentIri(state, stem, what)), `a record of ${what}`)
  if (entity.reportedBy.length > 0) node.subjectOf = refs(entity.reportedBy.map((stem) => documentIri(state, stem, what)), `a report of ${what}`)
  return node
}
