import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

import { PURPOSE_RULES } from '../population/identity.dto';

export class LookupVehicleDto {
  @ApiProperty({ example: 'F 1234 ABC', description: 'Plate (TNKB): region letters, number 1–9999, up to 3 letters; any spacing or case' })
  @IsString()
  @MaxLength(20)
  plateNumber!: string;

  @ApiProperty({ example: 'Pembayaran PKB tahunan di loket Samsat', description: 'Why the vehicle is looked up; kept in the audit trail' })
  @IsString()
  @Length(PURPOSE_RULES.minLength, PURPOSE_RULES.maxLength)
  purpose!: string;
}

export class AmountDto {
  @ApiProperty({ example: 220000, description: 'Rupiah' })
  principal!: number;

  @ApiProperty({ example: 17600, description: 'Rupiah' })
  penalty!: number;
}

export class FeesDto {
  @ApiProperty({ example: 0 })
  stnk!: number;

  @ApiProperty({ example: 0, description: 'TNKB (plate) fee' })
  plate!: number;
}

export class VehicleTaxStatementDto {
  @ApiProperty({ example: 'F 1234 ABC' })
  plateNumber!: string;

  @ApiProperty({ example: 'HONDA' })
  make!: string;

  @ApiProperty({ example: 'BEAT 110' })
  model!: string;

  @ApiProperty({ example: 2019 })
  year!: number;

  @ApiProperty({ example: 'HITAM' })
  colour!: string;

  @ApiProperty({ example: 1, description: 'milik_ke: the owner’s n-th vehicle (the PKB rate rises with it)' })
  ownershipOrder!: number;

  @ApiProperty({ example: 'A**** F****', description: 'Always masked' })
  ownerName!: string;

  @ApiProperty({ example: '23456', description: 'Last five characters of the frame number' })
  frameNumberTail!: string;

  @ApiProperty({ example: '2026-03-10', description: 'PKB paid until' })
  taxDueDate!: string;

  @ApiProperty({ example: '2029-03-10', description: 'STNK valid until' })
  stnkValidUntil!: string;

  @ApiProperty({ type: AmountDto })
  pkb!: AmountDto;

  @ApiProperty({ type: AmountDto, description: 'Opsen PKB (66% of PKB since 2025)' })
  opsen!: AmountDto;

  @ApiProperty({ type: AmountDto })
  swdkllj!: AmountDto;

  @ApiProperty({ type: FeesDto })
  fees!: FeesDto;

  @ApiProperty({ example: 437500 })
  total!: number;

  @ApiProperty()
  payable!: boolean;

  @ApiProperty()
  blocked!: boolean;

  @ApiProperty({ example: 'samsat-simulator' })
  adapter!: string;
}
