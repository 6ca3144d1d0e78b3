/**
 * At most `perHost` requests at once to one host (a county's 55 publishers often share one CMS
 * host); the rest wait in order of arrival. The waiting line is a queue with O(1) enqueue and
 * dequeue: a manifest listing 100,000 datasets once made each enqueue copy the whole line.
 */

/** First in, first out, in O(1) per operation (an array read from a moving head, compacted now and then). */
export class Queue<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined as T; // let it be collected
    // Drop the read part once it is most of the array: amortised O(1).
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

export class HostLimit {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Queue<() => void>>();
  constructor(private readonly perHost: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((this.active.get(host) ?? 0) >= this.perHost) {
      let line = this.waiting.get(host);
      if (!line) this.waiting.set(host, (line = new Queue()));
      const queue = line;
      // The slot is handed over by the task that ends (active is not decremented in between).
      await new Promise<void>((resolve) => queue.push(resolve));
    } else this.active.set(host, (this.active.get(host) ?? 0) + 1);
    try {
      return await task();
    } finally {
      const next = this.waiting.get(host)?.shift();
      if (next) next();
      else {
        const n = this.active.get(host)! - 1;
        if (n) this.active.set(host, n);
        else this.active.delete(host);
        this.waiting.delete(host);
      }
    }
  }
}
