/** A stream a progress bar can be drawn on. */
export interface ProgressStream {
  write(chunk: string): unknown
  /** Whether the stream is a terminal (nothing is drawn otherwise). */
  isTTY?: boolean | undefined
  /** Width of the terminal, in columns. */
  columns?: number | undefined
}

/** A progress bar: `update` as work gets done, `clear` before printing anything else. */
export interface Progress {
  update(phase: string, done: number, total: number): void
  clear(): void
}

/** Configuration of `createProgress`. */
export interface ProgressOptions {
  /** Draw at all (optional, default: when the stream is a terminal). */
  enabled?: boolean | null | undefined
  /** Clock, in milliseconds (optional, default: `performance.now`); for tests. */
  now?: (() => number) | null | undefined
  /** Least time between two drawings, in milliseconds (optional, default: 100). */
  interval?: number | null | undefined
}

/**
 * A progress bar for long runs on a terminal: `reading [########------] 1200/2000 · 85 docs/s · 9 s left`.
 * On anything but a terminal (a pipe, a file, CI logs) it draws nothing.
 *
 * @param stream
 *   Where to draw (standard error).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The bar.
 */
export function createProgress(stream: ProgressStream, options?: Readonly<ProgressOptions> | null): Progress {
  const enabled = options?.enabled ?? stream.isTTY === true
  const now = options?.now ?? (() => performance.now())
  const interval = options?.interval ?? 100
  const started = now()
  let drawn = false
  let last = -Infinity
  return {
    update(phase, done, total) {
      if (!enabled) return
      const time = now()
      if (done < total && time - last < interval) return
      last = time
      const seconds = Math.max(time - started, 1) / 1000
      const rate = done / seconds
      const left = rate > 0 ? Math.ceil((total - done) / rate) : null
      const width = 24
      const filled = total > 0 ? Math.round((done / total) * width) : 0
      const line = `${phase} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} · ${rate.toFixed(rate < 10 ? 1 : 0)} docs/s · ${left === null ? '?' : duration(left)} left`
      stream.write(`\r${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}\u001B[K`)
      drawn = true
    },
    clear() {
      if (drawn) stream.write('\r\u001B[K')
      drawn = false
    }
  }
}

/**
 * Format a number of seconds for people (`42 s`, `3 min 5 s`, `2 h 4 min`).
 *
 * @param seconds
 *   Whole seconds.
 * @returns
 *   The duration.
 */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`
}
