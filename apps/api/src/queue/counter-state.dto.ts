import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { TicketDto } from './ticket.dto';

export class CounterStateDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'loket-3' }) counterCode!: string;
  @ApiProperty({ example: 'Loket 3' }) counterName!: string;
  @ApiPropertyOptional({ type: String, example: 'mpp-kota-bogor', nullable: true }) siteCode!: string | null;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ type: [String], description: 'Services this counter calls' }) services!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) openedAt!: string | null;
  @ApiPropertyOptional({ type: TicketDto, nullable: true, description: 'The ticket called or in service here, or the one just moved on' })
  ticket!: TicketDto | null;
}
