import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ProvinceEntity } from './province.entity';

/** A kabupaten or kota: the tenant of a deployment. Reference table, loaded from idn-area-data. */
@Entity({ name: 'regency' })
export class RegencyEntity {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code!: string;

  @Column({ name: 'province_code', type: 'char', length: 2 })
  provinceCode!: string;

  @ManyToOne(() => ProvinceEntity, { nullable: false })
  @JoinColumn({ name: 'province_code' })
  province?: ProvinceEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 9 })
  kind!: 'kabupaten' | 'kota';
}
