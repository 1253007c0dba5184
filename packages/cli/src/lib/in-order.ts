/**
 * Run a task for every item with at most `ahead` started and not yet taken, and take the results in
 * the items' order: the outcome does not depend on which task finishes first, and memory holds at
 * most `ahead` results. A task that fails rejects the run when its turn comes (not before: a
 * rejection waiting for its turn is not left unhandled).
 *
 * @param items
 *   The items.
 * @param ahead
 *   How many tasks may run at once (1: one after another).
 * @param start
 *   Start the task of an item.
 * @param take
 *   Called with each item's result, in order.
 */
export async function inOrder<Item, Result>(
  items: readonly Item[],
  ahead: number,
  start: (item: Item) => Promise<Result>,
  take: (item: Item, result: Result, index: number) => void
): Promise<void> {
  const window = Math.max(1, Math.floor(ahead))
  const pending: Array<Promise<Result>> = []
  let next = 0
  for (let index = 0; index < items.length; index++) {
    while (next < items.length && next < index + window) {
      const promise = start(items[next++]!)
      promise.catch(() => {})
      pending.push(promise)
    }
    take(items[index]!, await pending.shift()!, index)
  }
}
