import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { COMPLAINT_STATUSES } from '@mpp/domain';
import { PageOf } from '@mpp/platform';

const PUBLIC_STATUSES = ['belum_terverifikasi', 'belum_ditindaklanjuti', 'proses', 'selesai', 'diarsipkan'];

export class DeadlinesDto {
  @ApiProperty({ example: '2026-12-08', description: 'First follow-up due (working days of the region)' }) firstResponseDue!: string;
  @ApiProperty({ example: '2026-12-21', description: 'Answer due' }) resolutionDue!: string;
  @ApiProperty({ enum: ['first_response', 'resolution'], nullable: true, example: 'first_response' }) overdue!: string | null;
}

/** What anyone holding the tracking code sees: the status and deadlines, nothing of the account or the reporter. */
export class ComplaintTrackingDto {
  @ApiProperty({ example: '7KQ2M-9XW4T' }) trackingCode!: string;
  @ApiProperty({ example: '32.71' }) regionCode!: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES, example: 'assigned' }) status!: string;
  @ApiProperty({ enum: PUBLIC_STATUSES, example: 'belum_ditindaklanjuti' }) publicStatus!: string;
  @ApiProperty({ type: DeadlinesDto }) deadlines!: DeadlinesDto;
  @ApiProperty({ example: '2026-12-01T02:15:00.000Z' }) updatedAt!: string;
}

export class ComplaintMessageDto {
  @ApiProperty({
    enum: ['agency', 'reporter', 'desk'],
    example: 'agency',
    description: 'desk: the region’s complaint desk, saying why it archived the complaint',
  })
  from!: 'agency' | 'reporter' | 'desk';
  @ApiProperty({ example: 'Petugas loket 3 telah ditegur dan antrean kini dipanggil sesuai urutan.' }) note!: string;
  @ApiProperty({ example: '2026-12-03T03:00:00.000Z' }) at!: string;
}

/** What the reporter sees with their phone number: the tracking answer and the exchange with the agency. */
export class ComplaintReporterViewDto extends ComplaintTrackingDto {
  @ApiProperty({
    type: [ComplaintMessageDto],
    description: 'The agency’s answers and the reporter’s replies, oldest first, never who on the staff wrote them',
  })
  messages!: ComplaintMessageDto[];
}

export class PublicComplaintDto {
  @ApiProperty({ example: 'Antrean KTP-el tidak dipanggil sesuai urutan' }) title!: string;
  @ApiProperty({ example: 'pelayanan' }) category!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiProperty({ enum: PUBLIC_STATUSES }) publicStatus!: string;
  @ApiProperty({ example: '2026-12-01' }) receivedOn!: string;
}
export class PublicComplaintPageDto extends PageOf(PublicComplaintDto) {}

export class ComplaintReporterDto {
  @ApiProperty({ example: 'Siti Rahayu' }) name!: string;
  @ApiProperty({ example: '+6281234567890' }) phone!: string;
  @ApiProperty({ type: String, example: '3271********0001', nullable: true, description: 'Masked' }) nik!: string | null;
}

export class ComplaintEventDto {
  @ApiProperty({ example: 'answer' }) action!: string;
  @ApiProperty({ type: String, nullable: true, example: 'assigned' }) fromStatus!: string | null;
  @ApiProperty({ example: 'answered' }) toStatus!: string;
  @ApiProperty({ example: '2026-12-03T03:00:00.000Z' }) at!: string;
  @ApiProperty({ enum: ['citizen', 'staff', 'api-key', 'system'] }) actorType!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Petugas loket 3 telah ditegur.' }) note!: string | null;
}

export class LaporMirrorDto {
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'], description: 'pending: queued or being retried' }) forwarding!: string;
  @ApiProperty({ type: String, example: 'LPR-3F2A9C0B1D', nullable: true }) trackingId!: string | null;
  @ApiProperty({ type: String, example: 'Belum Terverifikasi', nullable: true, description: 'LAPOR!’s own status, as last read' })
  status!: string | null;
  @ApiProperty({ example: 3, description: 'Forwarding attempts so far' }) attempts!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'cannot reach lapor.go.id: ECONNRESET',
    description: 'The last failure, cleared by a success',
  })
  lastError!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-01T03:15:00.000Z', description: 'When LAPOR!’s status was last read' })
  statusCheckedAt!: string | null;
  @ApiProperty({ example: 0, description: 'Failed status reads since the last good one' }) statusFailures!: number;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-01T03:30:00.000Z', description: 'The next attempt or status read' })
  nextAttemptAt!: string | null;
}

/** The staff view. `reporter` is null for the agency when the complaint is anonymous. */
export class ComplaintDto extends ComplaintTrackingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['web', 'desk', 'kiosk', 'integrator'] }) channel!: string;
  @ApiProperty({ example: 'Antrean KTP-el tidak dipanggil sesuai urutan' }) title!: string;
  @ApiProperty({ example: 'Saya datang pukul 08.00 ...' }) account!: string;
  @ApiProperty({ example: '2026-11-30' }) incidentDate!: string;
  @ApiProperty({ example: 'MPP Kota Bogor, loket 3' }) incidentPlace!: string;
  @ApiProperty({ example: 'disdukcapil' }) agencyCode!: string;
  @ApiPropertyOptional({ type: String, example: 'ktp-el', nullable: true }) serviceCode!: string | null;
  @ApiProperty({ example: 'pelayanan' }) category!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty() secret!: boolean;
  @ApiPropertyOptional({ type: ComplaintReporterDto, nullable: true }) reporter!: ComplaintReporterDto | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'When it was escalated to the region admin for a missed deadline' })
  escalatedAt!: string | null;
  @ApiPropertyOptional({ type: LaporMirrorDto, nullable: true, description: 'SP4N-LAPOR!, once chosen for forwarding' })
  lapor!: LaporMirrorDto | null;
  @ApiProperty({ type: [ComplaintEventDto] }) history!: ComplaintEventDto[];
}
export class ComplaintPageDto extends PageOf(ComplaintDto) {}

export class FiledComplaintDto extends ComplaintTrackingDto {
  @ApiProperty({ example: 'Simpan kode pelacakan ini untuk memantau dan menanggapi pengaduan Anda' }) message!: string;
}
