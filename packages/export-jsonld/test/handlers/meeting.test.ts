import {describe, expect, it} from 'vitest'
import {meeting} from '../../src/lib/handlers/meeting.js'
import {createState} from '../../src/lib/state.js'
import {corpus, ids} from '../fixtures/corpus.js'

const find = (id: string) => {
  const found = corpus.meetings.find((item) => item.id === id)
  if (!found) throw new Error(`Expected meeting ${id}`)
  return found
}

const attendance = (meetingId: string, slug: string, person: string, roleName: string, name: string | undefined, sources: string[]) => ({
  '@id': `${meetingId}/attendance/${slug}`,
  '@type': 'Role',
  roleName,
  attendee: {'@id': person},
  ...(name === undefined ? {} : {name}),
  subjectOf: sources.map((id) => ({'@id': id}))
})

describe('meeting', () => {
  it('should export an online meeting: virtual location, attendance mode IRI, organizer, chair and participants', () => {
    expect(meeting(find(ids.cfmMeeting), createState(corpus))).toEqual({
      '@id': ids.cfmMeeting,
      '@type': 'Event',
      name: 'Extraordinary Meeting of the Council of Foreign Ministers of the Organization of Boreal States',
      alternateName: ['extraordinary CFM meeting', 'extraordinary videoconference of the Boreal foreign ministers'],
      startDate: '2024-03-05',
      eventAttendanceMode: {'@id': 'schema:OnlineEventAttendanceMode'},
      location: {'@id': `${ids.cfmMeeting}/virtual-location`, '@type': 'VirtualLocation', name: 'Videoconference'},
      organizer: {'@id': ids.cfm},
      attendee: [
        attendance(ids.cfmMeeting, 'aino-kaariainen', ids.kaariainen, 'chair', 'Minister for Foreign Affairs of Finland', [ids.statement, ids.news]),
        attendance(ids.cfmMeeting, 'helgi-thorsdottir', ids.thorsdottir, 'participant', 'Secretary General of the Organization of Boreal States', [
          ids.statement,
          ids.speech
        ]),
        attendance(ids.cfmMeeting, 'kadri-tamm', ids.tamm, 'participant', 'Minister of Foreign Affairs of the Republic of Estonia', [ids.statement]),
        attendance(ids.cfmMeeting, 'martins-ozolins', ids.ozolins, 'participant', 'Deputy Prime Minister, Minister of Foreign Affairs of the Republic of Latvia', [
          ids.statement,
          ids.news
        ]),
        attendance(ids.cfmMeeting, 'sigridur-einarsdottir', ids.einarsdottir, 'participant', 'Minister for Foreign Affairs of Iceland', [ids.statement])
      ],
      recordedIn: [{'@id': ids.statement}, {'@id': ids.speech}],
      subjectOf: [{'@id': ids.statement}, {'@id': ids.news}, {'@id': ids.speech}]
    })
  })

  it('should export an in-person meeting: place, offline mode, the organization as organizer when no body is known', () => {
    expect(meeting(find(ids.summit), createState(corpus))).toEqual({
      '@id': ids.summit,
      '@type': 'Event',
      name: 'Fifth Summit of the Organization of Boreal States',
      startDate: '2024-06-12',
      eventAttendanceMode: {'@id': 'schema:OfflineEventAttendanceMode'},
      location: {'@id': ids.tampere},
      organizer: {'@id': ids.obs},
      attendee: [
        attendance(ids.summit, 'aino-kaariainen', ids.kaariainen, 'participant', 'Minister for Foreign Affairs of Finland', [ids.summitNews]),
        attendance(ids.summit, 'kadri-tamm', ids.tamm, 'participant', undefined, [ids.summitNews])
      ],
      subjectOf: [{'@id': ids.summitNews}]
    })
  })

  it('should keep both the virtual location and a known place of an online meeting', () => {
    expect(meeting({...find(ids.cfmMeeting), location: ids.riga}, createState(corpus)).location).toEqual([
      {'@id': `${ids.cfmMeeting}/virtual-location`, '@type': 'VirtualLocation', name: 'Videoconference'},
      {'@id': ids.riga}
    ])
  })

  it('should leave out what is unknown (date, mode, place, organizer, participants, reports)', () => {
    const bare = {...find(ids.summit), startDate: null, mode: null, location: null, organization: null, organizer: null, participants: [], reportedBy: [], recordedIn: []}
    expect(meeting(bare, createState(corpus))).toEqual({'@id': ids.summit, '@type': 'Event', name: 'Fifth Summit of the Organization of Boreal States'})
  })
})
