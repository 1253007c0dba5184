// Open the page for the whole corpus in headless Chromium (Debian's `/usr/bin/chromium`, driven by
// playwright-core) and check it as a reader would: nothing fetched, no console errors, the tables and
// highlights present, links that land on their entries. Writes `test/.output/report.html` and the
// screenshots `report.png` (full page) and `report-top.png` (the first 1280×900).
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, describe, expect, it} from 'vitest'
import {toHtml} from '../src/index.js'
import {sampleInput, hostileText} from './fixtures.js'
import {corpusDocuments, outputFolder, resolvedCorpus} from './helpers.js'

// The callbacks given to `page.evaluate` run in the page; the root tsconfig has no DOM library, so the
// page's globals they use are named here (for this module only).
declare const document: any
declare const location: any
declare const history: any
declare const innerHeight: number
declare function getComputedStyle(element: unknown): {backgroundColor: string}
declare function scrollTo(x: number, y: number): void

const executablePath = '/usr/bin/chromium'
const timeout = 60_000
const output = fileURLToPath(outputFolder)
const reportFile = path.join(output, 'report.html')

const meetingDate = '2022-01-11'
const expectedParticipants = [
  'Mevlüt Çavuşoğlu',
  'Jeyhun Bayramov',
  'Mukhtar Tileuberdi',
  'Ruslan Kazakbaev',
  'Abdulaziz Kamilov',
  'Péter Szijjártó',
  'Rashid Meredov',
  'Baghdad Amreyev'
]

let browser: Browser | undefined
let context: BrowserContext | undefined
let ready: Promise<BrowserContext> | undefined
/** Every URL the browser asked for, and every one that was not a `file:` or `data:` URL. */
const requested: string[] = []
const blocked: string[] = []

/**
 * Write the report, and launch Chromium once (a new, empty profile: playwright-core makes a temporary
 * one) with every request routed through a check. Called by each test, so that a missing Chromium fails
 * every test with a clear message instead of skipping it.
 *
 * @returns
 *   The browser context.
 */
async function setup(): Promise<BrowserContext> {
  ready ??= (async () => {
    if (!existsSync(executablePath)) {
      throw new Error(
        `Chromium is missing: the browser test needs Debian's \`${executablePath}\`. ` +
          '`.ci/run` installs it (`apt-get install chromium`); on your machine run `apt-get install chromium`.'
      )
    }

    mkdirSync(output, {recursive: true})
    writeFileSync(reportFile, toHtml({corpus: resolvedCorpus(), documents: corpusDocuments()}))

    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    context = await browser.newContext({viewport: {width: 1280, height: 900}, deviceScaleFactor: 1})
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      requested.push(url)
      if (url.startsWith('file:') || url.startsWith('data:')) {
        await route.continue()
      } else {
        blocked.push(url)
        await route.abort('blockedbyclient')
      }
    })
    return context
  })()
  return ready
}

/**
 * A new page that records console errors and warnings, page errors and dialogs.
 *
 * @returns
 *   The page and what it reported.
 */
async function openPage(): Promise<{page: Page; errors: string[]; dialogs: string[]}> {
  const page = await (await setup()).newPage()
  const errors: string[] = []
  const dialogs: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('websocket', (socket) => blocked.push(socket.url()))
  return {page, errors, dialogs}
}

describe('the report in a browser', () => {
  afterAll(async () => {
    await browser?.close()
  }, timeout)

  it(
    'should show the corpus without requests or errors, with its tables, highlights and links',
    async () => {
      const {page, errors, dialogs} = await openPage()
      const url = pathToFileURL(reportFile).href
      await page.goto(url, {waitUntil: 'load'})

      // Nothing but the page itself was fetched, and nothing complained (a style sheet refused by the CSP
      // would be a console error).
      expect(blocked).toEqual([])
      expect(requested).toEqual([url])
      expect(errors).toEqual([])
      expect(dialogs).toEqual([])
      expect(await page.title()).toBe('Communiqué report')
      expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
      // The inline style sheet applied (the CSP allowed it): the header is dark.
      expect(await page.locator('header.page-header').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
        'rgb(20, 35, 60)'
      )

      // The meeting of 2022-01-11: exactly its participants, by visible name, the chair marked.
      const meeting = page.locator(`section.meeting[data-date="${meetingDate}"]`)
      expect(await meeting.count()).toBe(1)
      const rows = meeting.locator('table.participants tbody tr[data-person]')
      const names = (await rows.locator('th.name').allInnerTexts()).map((name) => name.trim())
      expect([...names].sort()).toEqual([...expectedParticipants].sort())
      const chairs = (await rows.filter({has: page.locator('.badge-chair')}).locator('th.name').allInnerTexts()).map((name) => name.trim())
      expect(chairs).toEqual(['Mevlüt Çavuşoğlu'])
      expect(await meeting.locator('tr.is-chair .badge-chair').innerText()).toMatch(/Chair/)

      // Highlights: people in document 002, a quotation with its speaker in document 000.
      const statement = page.locator('article.document[data-stem="002_587fe20fba9a8e01"]')
      const people = statement.locator('mark.m-person')
      expect(await people.count()).toBeGreaterThan(0)
      const news = page.locator('article.document[data-stem="000_d0cde2db8aede425"]')
      const speakers = news.locator('mark.m-quote .speaker')
      expect(await speakers.count()).toBeGreaterThan(0)
      expect((await speakers.first().innerText()).trim()).toContain('Jeyhun Bayramov')
      const speakerHref = await speakers.first().locator('a').getAttribute('href')
      expect(speakerHref).toBe('#person-jeyhun-bayramov')
      expect(await page.locator(speakerHref!).count()).toBe(1)
      // Every highlight kind has a distinct colour.
      const colours = await page.evaluate(() =>
        ['person', 'role', 'country', 'organization', 'place', 'date', 'citation', 'quote'].map((kind) => {
          const key = document.querySelector(`#legend .m-${kind}`)
          return key ? getComputedStyle(key).backgroundColor : null
        })
      )
      expect(colours).not.toContain(null)
      expect(new Set(colours).size).toBe(colours.length)

      // Clicking a person highlight lands on the person's entry.
      const first = people.first()
      const href = await first.locator('a').getAttribute('href')
      expect(href).toMatch(/^#person-[a-z0-9-]+$/)
      await first.click()
      await page.waitForFunction((expected) => location.hash === expected, href)
      expect(await page.evaluate(() => location.hash)).toBe(href)
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target')
        if (!element) return null
        const box = element.getBoundingClientRect()
        return {id: element.id, top: box.top, height: innerHeight, person: element.classList.contains('person')}
      })
      expect(target).not.toBeNull()
      expect(target!.id).toBe(href!.slice(1))
      expect(target!.person).toBe(true)
      expect(target!.top).toBeGreaterThanOrEqual(0)
      expect(target!.top).toBeLessThan(target!.height)

      // Every in-page link has a target in the live document.
      const missing = await page.evaluate(() =>
        [...document.querySelectorAll('a[href^="#"]')]
          .map((link) => link.getAttribute('href')!)
          .filter((value) => !document.getElementById(value.slice(1)))
      )
      expect(missing).toEqual([])

      // Screenshots: the top of the page (for the README) and the whole page.
      await page.evaluate(() => {
        history.replaceState(null, '', location.pathname)
        scrollTo(0, 0)
      })
      await page.screenshot({path: path.join(output, 'report-top.png')})
      await page.screenshot({path: path.join(output, 'report.png'), fullPage: true})
      expect(errors).toEqual([])
      expect(blocked).toEqual([])
      await page.close()
    },
    timeout
  )

  it(
    'should keep hostile input as text: no script runs, no handler attribute',
    async () => {
      const {page, errors, dialogs} = await openPage()
      const before = requested.length
      await page.setContent(toHtml(sampleInput(hostileText, 'doc"><script>alert(5)</script>')), {waitUntil: 'load'})
      expect(requested.slice(before)).toEqual([])
      expect(dialogs).toEqual([])
      expect(errors).toEqual([])
      expect(await page.locator('script').count()).toBe(0)
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name)
        )
      )
      expect(handlers).toEqual([])
      const text = await page.locator('article.document .doc-text').innerText()
      expect(text).toContain('<script>alert(1)</script>')
      expect(text).toContain('" onmouseover="alert(2)')
      expect(await page.title()).toBe(`Report ${hostileText}`)
      await page.close()
    },
    timeout
  )
})
