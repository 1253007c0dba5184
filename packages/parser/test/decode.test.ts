import {describe, expect, it} from 'vitest'
import {decode, firstInvalidUtf8} from '@communique/parser'

const bytes = (value: string) => new TextEncoder().encode(value)
const messages = (file: ReturnType<typeof decode>) =>
  file.messages.map((message) => `${message.line}:${message.column}: ${message.reason} [${message.ruleId}] ${message.fatal}`)

describe('decode', () => {
  it('should refuse an empty file', () => {
    expect(messages(decode(new Uint8Array(), 'a.txt'))).toEqual(['1:1: File is empty: expected the text of a document [empty-file] true'])
  })

  it('should refuse a file of white space only (BOM and CRLF included)', () => {
    expect(messages(decode(bytes('\uFEFF \r\n\t\n'), 'a.txt'))).toEqual([
      '1:1: File holds only white space: expected the text of a document [blank-file] true'
    ])
  })

  it('should refuse binary data, naming the first NUL byte', () => {
    expect(messages(decode(bytes('ab\ncd\u0000ef'), 'a.bin'))).toEqual([
      '2:3: File looks binary (NUL byte at byte 5): expected UTF-8 text [binary-file] true'
    ])
  })

  it('should refuse Latin-1 bytes, placing the offending byte by line and column', () => {
    const latin1 = Uint8Array.from([...bytes('Title\n\nAnkara, d'), 0xe9, ...bytes('cembre')])
    expect(messages(decode(latin1, 'a.txt'))).toEqual([
      '3:10: File is not valid UTF-8 (byte 0xe9 at byte 16): convert it to UTF-8 (for example `iconv -f latin1 -t utf-8`) [invalid-utf8] true'
    ])
  })

  it('should decode UTF-16 with a byte order mark, and say so', () => {
    const text = 'Statement\n\n1. We agree.'
    const le = new Uint8Array(2 + text.length * 2)
    le[0] = 0xff
    le[1] = 0xfe
    for (let index = 0; index < text.length; index++) le[2 + index * 2] = text.charCodeAt(index)
    const file = decode(le, 'a.txt')
    expect(String(file.value).replace(/^\uFEFF/, '')).toBe(text)
    expect(messages(file)).toEqual([
      '1:1: File is UTF-16LE (byte order mark); decoded it, positions count UTF-16 code units of the decoded text [utf16-decoded] undefined'
    ])
  })

  it('should keep a UTF-8 BOM and CRLF in the value (positions are in the original text)', () => {
    expect(String(decode(bytes('\uFEFFa\r\nb'), 'a.txt').value)).toBe('\uFEFFa\r\nb')
  })

  it('should refuse files over the size limit with how to raise it', () => {
    expect(messages(decode(bytes('x'.repeat(11)), 'a.txt', {maxBytes: 10}))).toEqual([
      '1:1: File is too large (11 bytes, limit 10): split it, or raise the limit with `--max-bytes` [file-too-large] true'
    ])
  })
})

describe('firstInvalidUtf8', () => {
  it('should accept valid multi-byte text', () => {
    expect(firstInvalidUtf8(bytes('Çavuşoğlu «» 中文 😀'))).toBe(-1)
  })
  it('should reject overlong encodings, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xc0, 0x80))).toBe(1)
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0)
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0x42, 0xe2, 0x82))).toBe(2)
    expect(firstInvalidUtf8(Uint8Array.of(0xf5, 0x80, 0x80, 0x80))).toBe(0)
  })
})
