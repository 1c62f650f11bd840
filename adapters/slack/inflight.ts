export interface Inflight {
  /** Runs `work`, remembered until it settles. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves when everything running now has settled. */
  drain(): Promise<void>;
}

export function createInflight(): Inflight {
  const running = new Set<Promise<unknown>>();
  return {
    run(work) {
      const p = work();
      running.add(p);
      const forget = () => running.delete(p);
      p.then(forget, forget);
      return p;
    },
    async drain() {
      await Promise.allSettled([...running]);
    },
  };
}
