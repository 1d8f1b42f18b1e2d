import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TicketCounterDto {
  @ApiProperty({ example: 'loket-3' }) code!: string;
  @ApiProperty({ example: 'Loket 3' }) name!: string;
}

export class TicketDto {
  @ApiProperty({ description: 'Keep it: it is the key to this ticket’s page and stream', format: 'uuid' }) id!: string;
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: 'mpp-kota-bogor' }) siteCode!: string;
  @ApiProperty({ example: 'A-007' }) number!: string;
  @ApiProperty({ example: '2026-11-25', description: 'The day the ticket is for, in the mall’s time zone' }) serviceDate!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'ktp-el' }) serviceCode!: string;
  @ApiProperty({ enum: ['waiting', 'called', 'serving', 'held', 'done', 'no_show', 'cancelled'] }) status!: string;
  @ApiProperty({ enum: ['kiosk', 'online', 'booking', 'counter', 'integrator'] }) channel!: string;
  @ApiPropertyOptional({ enum: ['elderly', 'disabled', 'pregnant', 'child'], nullable: true }) priority!: string | null;
  @ApiProperty({ description: 'When the visit began; a transfer keeps it' }) arrivedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) slotStart!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) calledAt!: string | null;
  @ApiPropertyOptional({ type: TicketCounterDto, nullable: true }) counter!: TicketCounterDto | null;
  @ApiProperty({
    description: 'Whether a notice goes to the mobile number left with the ticket when few are ahead (the number itself is never shown)',
  })
  notice!: boolean;
  @ApiPropertyOptional({ type: Number, description: 'While waiting: 1 means next', nullable: true }) position!: number | null;
  @ApiPropertyOptional({ type: Number, description: 'While waiting: minutes until the call, from recent service times', nullable: true })
  estimatedWaitMinutes!: number | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '/v1/regions/32.71/survey-form?ticketId=0b5c2f1e-6d0e-4a8e-9a51-2f3c4d5e6f70',
    description: 'Once the ticket is finished: the satisfaction survey for this visit (shown as a link and QR code)',
  })
  survey!: string | null;
}
