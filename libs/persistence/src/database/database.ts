import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';
import type { DatabaseSettings } from './database-settings';

/**
 * An open connection pool for code outside Nest (the CLI): it hands out repositories and the
 * unit of work, so the caller never holds a TypeORM DataSource or writes SQL itself.
 */
export class Database {
  private constructor(private readonly dataSource: DataSource) {}

  static async open(settings: DatabaseSettings): Promise<Database> {
    return new Database(await new DataSource(dataSourceOptions(settings)).initialize());
  }

  /** A repository, `Transactions` or a persistence use case over this pool. */
  get<T>(type: new (dataSource: DataSource) => T): T {
    return new type(this.dataSource);
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }
}
