import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference table, shared by every region (a Citus reference table when sharded). */
@Entity({ name: 'province' })
export class ProvinceEntity {
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 4 })
  timeZone!: 'WIB' | 'WITA' | 'WIT';
}
