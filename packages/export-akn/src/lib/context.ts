import type {Context, State} from './types.js'

/**
 * Run `fn` with parts of the context changed, and restore the context afterwards (also when `fn` throws).
 *
 * @param state
 *   Info passed around.
 * @param patch
 *   What to change.
 * @param fn
 *   What to run.
 * @returns
 *   What `fn` returns.
 */
export function within<T>(state: State, patch: Readonly<Partial<Context>>, fn: () => T): T {
  const saved = state.context
  state.context = {...saved, ...patch}
  try {
    return fn()
  } finally {
    state.context = saved
  }
}
