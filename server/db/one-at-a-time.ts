import "server-only";

// FerretDB 1.24 applies a concurrent update as read-then-write, so two updates of one document (or an
// upsert-with-$inc on one key) can both read the same state; MongoDB does each atomically. Running the
// writes to one key one after another inside the process closes that gap for a single instance;
// several instances need MongoDB, where the compare-and-set filters alone are enough.
const pending = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task with the same key has settled. */
export function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = pending.get(key) ?? Promise.resolve();
  const current = previous.then(task, task);
  const settled = current.catch(() => undefined);
  pending.set(key, settled);
  void settled.then(() => {
    if (pending.get(key) === settled) pending.delete(key);
  });
  return current;
}
