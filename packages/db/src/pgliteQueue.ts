import type { PGlite } from '@electric-sql/pglite';

interface Pending {
  connection: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Extended-protocol messages that leave the unnamed statement or portal in use until the client's Sync: Parse,
 * Bind, Describe, Execute, Close, Flush.
 */
const batchMessages = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((type) => type.charCodeAt(0)));

/**
 * Runs the wire-protocol messages of all connections on the one PGlite, one at a time. A connection that has
 * begun an extended-protocol batch or a transaction keeps PGlite to itself until its Sync or its commit: the
 * queue of `@electric-sql/pglite-socket` lets another connection's Parse in between a Parse and its Bind,
 * which binds the wrong statement, and stops for good once a message throws.
 */
export class ConnectionQueue {
  private readonly pending: Pending[] = [];
  /** The connection whose batch or transaction is open, served alone until it ends. */
  private owner: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  enqueue(connection: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ connection, message, onData, resolve, reject });
      void this.run();
    });
  }

  /** A closed connection's messages are dropped; its open transaction is rolled back. */
  clearQueueForHandler(connection: number): void {
    for (let index = this.pending.length - 1; index >= 0; index -= 1) {
      const item = this.pending[index]!;
      if (item.connection !== connection) continue;
      this.pending.splice(index, 1);
      item.reject(new Error('the connection closed'));
    }
  }

  async clearTransactionIfNeeded(connection: number): Promise<void> {
    if (this.owner !== connection) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.run();
  }

  getQueueLength(): number {
    return this.pending.length;
  }

  private next(): Pending | undefined {
    const index = this.owner === null ? 0 : this.pending.findIndex((item) => item.connection === this.owner);
    return index < 0 ? undefined : this.pending.splice(index, 1)[0];
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        const { connection, message, onData } = item;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(message, {
              onRawData: (data) => {
                bytes += data.length;
                onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        this.owner = batchMessages.has(message[0]!) || this.db.isInTransaction() ? connection : null;
        item.resolve(bytes);
      }
    } finally {
      this.running = false;
    }
  }
}
