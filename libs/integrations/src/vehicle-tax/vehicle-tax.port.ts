import type { PlateNumber } from '@mpp/domain';

import type { CallOptions } from '../population/population-registry.port';

/**
 * Vehicle tax (Samsat) as a counter officer needs it: what a vehicle owes this year. There is
 * no national API (each province's Bapenda runs its own system), so this port has one adapter
 * per province, chosen by the deployment file. Amounts are whole rupiah.
 */
export interface Amount {
  principal: number;
  penalty: number;
}

export interface VehicleTaxStatement {
  /** Normalised, `F 1234 ABC`. */
  plateNumber: string;
  make: string;
  model: string;
  year: number;
  colour: string;
  /** Ownership order (`milik_ke`): the PKB rate rises with each further vehicle of one owner. */
  ownershipOrder: number;
  /** Masked by the adapter (`A**** F****`): the port never carries the owner's full name. */
  ownerName: string;
  /** The last five characters of the frame number only. */
  frameNumberTail: string;
  /** PKB paid until (`YYYY-MM-DD`). */
  taxDueDate: string;
  /** STNK valid until (`YYYY-MM-DD`); renewed every five years with new plates. */
  stnkValidUntil: string;
  pkb: Amount;
  /** Opsen PKB, 66% of PKB since 5 January 2025 (UU 1/2022), for the kabupaten/kota. */
  opsen: Amount;
  swdkllj: Amount;
  fees: { stnk: number; plate: number };
  total: number;
  /** Whether it can be paid at the counter now (not blocked, something due). */
  payable: boolean;
  /** Blocked (e.g. reported stolen, or a change of ownership pending). */
  blocked: boolean;
}

export interface VehicleTax {
  /** Undefined when the province has no vehicle with this plate. Idempotent. */
  findVehicle(plate: PlateNumber, options?: CallOptions): Promise<VehicleTaxStatement | undefined>;
}
