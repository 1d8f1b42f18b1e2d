import type { DataSource, EntityManager } from 'typeorm';

declare const transactionBrand: unique symbol;

/**
 * An open database transaction as the layers above persistence see it: a handle to pass on to
 * repositories, with nothing to call. Apps never hold a TypeORM `EntityManager`; only the
 * repositories in this library turn the handle back into one (`managerOf`).
 */
export type Tx = { readonly [transactionBrand]: 'Tx' };

/** Isolation levels a use case may ask for; PostgreSQL's default (READ COMMITTED) when omitted. */
export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * The unit of work: `run` opens a transaction, hands `work` its handle, commits when `work`
 * resolves and rolls back when it throws, so a use case that writes several rows (a change and
 * its audit record, a ticket move and its event) writes all of them or none.
 */
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    const inTransaction = (manager: EntityManager) => work(manager as unknown as Tx);
    return isolation ? this.dataSource.transaction(isolation, inTransaction) : this.dataSource.transaction(inTransaction);
  }
}

/** Inside persistence only: the manager of `tx`, or the data source's own (autocommit) manager when there is none. */
export function managerOf(dataSource: DataSource, tx?: Tx | EntityManager): EntityManager {
  return (tx as EntityManager | undefined) ?? dataSource.manager;
}
