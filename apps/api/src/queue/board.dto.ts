import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class BoardCounterDto {
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'loket-1' }) counterCode!: string;
  @ApiProperty({ example: 'Loket 1' }) counterName!: string;
  @ApiPropertyOptional({ type: String, example: 'A-007', nullable: true }) ticketNumber!: string | null;
}

export class BoardLineDto {
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'ktp-el' }) serviceCode!: string;
  @ApiProperty({ example: 'Perekaman dan Pencetakan KTP-el' }) serviceName!: string;
  @ApiProperty({ example: 'A' }) prefix!: string;
  @ApiProperty({ example: 12 }) waiting!: number;
}

export class BoardDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: 'mpp-kota-bogor' }) siteCode!: string;
  @ApiProperty({ example: '2026-11-25' }) serviceDate!: string;
  @ApiProperty({ type: [BoardCounterDto] }) counters!: BoardCounterDto[];
  @ApiProperty({ type: [BoardLineDto] }) lines!: BoardLineDto[];
  @ApiProperty({ type: [String], description: 'Running text from the deployment file (the site’s boardText)' }) runningText!: string[];
}
