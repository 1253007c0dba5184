#!/usr/bin/env node
import {readFileSync} from 'node:fs'

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before the command line parser and the commands load: scripts call it often.
  const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  process.stdout.write(`${version}\n`)
} else {
  const {main} = await import('./lib/main.js')
  process.exitCode = await main(argv, {stdout: process.stdout, stderr: process.stderr})
}
