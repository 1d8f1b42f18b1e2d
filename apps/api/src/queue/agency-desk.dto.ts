import { ApiProperty } from '@nestjs/swagger';

import { IsDeploymentCode } from '@mpp/platform';

import { BoardLineDto } from './board.dto';
import { CounterFiguresDto } from './queue-figures.dto';

export class DeskCounterDto {
  @ApiProperty({ example: 'loket-3' }) code!: string;
  @ApiProperty({ example: 'Loket 3' }) name!: string;
}

export class DeskServiceDto {
  @ApiProperty({ example: 'ktp-el' }) code!: string;
  @ApiProperty({ example: 'Perekaman dan Pencetakan KTP-el' }) name!: string;
  @ApiProperty({ example: 'A' }) prefix!: string;
}

export class DeskSiteDto {
  @ApiProperty({ example: 'mpp-kota-bogor' }) code!: string;
  @ApiProperty({ example: 'Mal Pelayanan Publik Kota Bogor' }) name!: string;
}

export class DeskTransferTargetDto {
  @ApiProperty({ example: 'mpp-kota-bogor' }) siteCode!: string;
  @ApiProperty({ example: 'dpmptsp' }) agencyCode!: string;
  @ApiProperty({ example: 'Dinas Penanaman Modal dan PTSP Kota Bogor' }) agencyName!: string;
  @ApiProperty({ type: [DeskServiceDto] }) services!: DeskServiceDto[];
}

export class AgencyDeskDto {
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ example: 'Dinas Kependudukan dan Pencatatan Sipil Kota Bogor' }) agencyName!: string;
  @ApiProperty({ type: [DeskCounterDto], description: 'The counters the caller may open: one for an officer assigned to a counter' })
  counters!: DeskCounterDto[];
  @ApiProperty({ type: [DeskServiceDto] }) services!: DeskServiceDto[];
  @ApiProperty({ type: [DeskSiteDto], description: 'Active sites where the agency serves' }) sites!: DeskSiteDto[];
  @ApiProperty({
    type: [DeskTransferTargetDto],
    description: 'Where a ticket may be sent on: per site of the agency, every active agency there (this one first) and its services',
  })
  transferTargets!: DeskTransferTargetDto[];
}

export class DeskTodayQuery {
  @ApiProperty({ example: 'mpp-kota-bogor', description: 'The site the counter is open at' })
  @IsDeploymentCode()
  siteCode!: string;
}

export class DeskTodayDto {
  @ApiProperty({ example: '2026-11-25' }) date!: string;
  @ApiProperty({ type: [BoardLineDto], description: 'Who waits now in each of the agency’s lines at the site' }) lines!: BoardLineDto[];
  @ApiProperty({ type: [CounterFiguresDto], description: 'Today’s figures of the counters the caller may open' })
  counters!: CounterFiguresDto[];
}
