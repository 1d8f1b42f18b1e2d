import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Nest wiring for a persistence repository, which is a plain class over the DataSource. */
export function repositoryProvider<T>(type: new (dataSource: DataSource) => T): Provider {
  return { provide: type, useFactory: (dataSource: DataSource) => new type(dataSource), inject: [DataSource] };
}
