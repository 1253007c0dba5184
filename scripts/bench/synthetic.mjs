// The benchmark's synthetic corpus: the bundled corpus texts, with people, places and dates varied per
// document so that entity resolution has real work (people recur across documents under one name, and
// meetings under many dates).
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'

const corpusFolder = new URL('../../corpus/', import.meta.url)
const sources = readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, corpusFolder), 'utf8'))

const given = ['Amina', 'Boris', 'Chen', 'Dilnoza', 'Emre', 'Farida', 'Goran', 'Hana', 'Ilyas', 'Jana', 'Kemal', 'Leila', 'Marat', 'Nodira', 'Oleg', 'Parisa']
const family = ['Abenova', 'Barzani', 'Celik', 'Dzhaparov', 'Erkin', 'Fayzulla', 'Gurbanov', 'Hasanli', 'Iskakov', 'Juraev', 'Kasymov', 'Latipov', 'Mirzoev', 'Nurlanov', 'Orazov', 'Polat']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A person-like name for slot `index` of document `document` (people recur across documents). */
function nameOf(document, index) {
  const seed = (document * 7 + index * 13) % (given.length * family.length)
  return `${given[seed % given.length]} ${family[Math.floor(seed / given.length) % family.length]}`
}

const capitalisedPair = /\b([A-Z][a-zçşğıöüé]+(?:-[A-Z][a-z]+)?) ([A-Z][a-zçşğıöüé]{3,})\b(?= (?:said|added|noted|stressed|,|Minister|Deputy|Secretary))/g

/** Document `document` of the synthetic corpus, made from `text`. */
function variant(text, document) {
  let slot = 0
  const names = new Map()
  let result = text.replace(capitalisedPair, (whole) => {
    if (!names.has(whole)) names.set(whole, nameOf(document, slot++))
    return names.get(whole)
  })
  const year = 2000 + (document % 25)
  result = result.replace(/\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (20\d\d)\b/g, (_all, day) => `${day} ${months[document % 12]} ${year}`)
  result = result.replace(/\b(20\d\d)-(\d\d)-(\d\d)\b/g, () => `${year}-${String((document % 12) + 1).padStart(2, '0')}-11`)
  return result
}

/**
 * The texts of a synthetic corpus.
 *
 * @param {number} count
 *   How many documents.
 * @returns {string[]}
 *   Their texts (the same for the same count, on every machine).
 */
export function syntheticTexts(count) {
  return Array.from({length: count}, (_, index) => variant(sources[index % sources.length], index))
}

/**
 * Write a synthetic corpus to a folder, one `doc-NNNNNN.txt` per document, and tell its size.
 *
 * @param {string} folder
 *   Where (created).
 * @param {number} count
 *   How many documents.
 * @returns {{texts: string[], bytes: number}}
 *   The texts and their size in bytes.
 */
export function writeSynthetic(folder, count) {
  mkdirSync(folder, {recursive: true})
  const texts = syntheticTexts(count)
  let bytes = 0
  texts.forEach((text, index) => {
    bytes += Buffer.byteLength(text)
    writeFileSync(path.join(folder, `doc-${String(index).padStart(6, '0')}.txt`), text)
  })
  return {texts, bytes}
}
