import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';

import { RegionCode } from '@mpp/domain';
import { DeviceAccess, ErrorResponseDto, PublicAccess, RegionParam } from '@mpp/platform';

import { BookDto, BookingDto, CancelBookingDto, CheckInDto, SlotListDto, SlotsQuery } from './bookings.dto';
import { BookingsService } from './bookings.service';
import { TicketDto } from './ticket.dto';

@ApiTags('bookings')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'VALIDATION_FAILED, SLOT_INVALID, BOOKING_DATE_INVALID, PHONE_INVALID, INVALID_NIK',
})
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, BOOKING_NOT_FOUND' })
@Controller('v1/regions/:code')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Get('sites/:siteCode/agencies/:agencyCode/services/:serviceCode/slots')
  @PublicAccess('Free booking slots are public information, like the opening hours they come from')
  @ApiOperation({ summary: 'Slots of a service on a day, with the places still free' })
  @ApiOkResponse({ type: SlotListDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'BOOKING_NOT_OFFERED' })
  slots(
    @RegionParam() code: RegionCode,
    @Param('siteCode') siteCode: string,
    @Param('agencyCode') agencyCode: string,
    @Param('serviceCode') serviceCode: string,
    @Query() query: SlotsQuery,
  ): Promise<SlotListDto> {
    return this.bookings.slots(code, siteCode, agencyCode, serviceCode, query.date);
  }

  @Post('bookings')
  @PublicAccess('Citizens book without an account; one live booking per mobile number, service and day, rate limited per client', {
    integrators: { apiScope: 'queue:write', region: { in: 'param', name: 'code' } },
  })
  @ApiOperation({ summary: 'Book a slot with a name and mobile number (NIK optional, kept masked); returns the booking code' })
  @ApiCreatedResponse({ type: BookingDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SLOT_FULL, SLOT_PASSED, BOOKING_EXISTS, BOOKING_NOT_OFFERED' })
  book(@RegionParam() code: RegionCode, @Body() body: BookDto): Promise<BookingDto> {
    return this.bookings.book(code, body);
  }

  @Post('bookings/:bookingCode/cancel')
  @HttpCode(200)
  @PublicAccess('The booking code with the mobile number it was made with proves the caller made it')
  @ApiOperation({ summary: 'Cancel a booking before its slot starts; the place goes back to the slot' })
  @ApiParam({ name: 'bookingCode', example: 'K7M3Q9PX' })
  @ApiOkResponse({ type: BookingDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'BOOKING_NOT_CANCELLABLE' })
  cancel(@RegionParam() code: RegionCode, @Param('bookingCode') bookingCode: string, @Body() body: CancelBookingDto): Promise<BookingDto> {
    return this.bookings.cancel(code, bookingCode.toUpperCase(), body.phone);
  }

  @Post('sites/:siteCode/check-ins')
  @DeviceAccess({ devices: ['kiosk'], region: { in: 'param', name: 'code' }, site: { in: 'param', name: 'siteCode' } })
  @ApiOperation({
    summary: 'Check in a booking at the site’s kiosk, from 30 minutes before its slot to 10 minutes after: returns its ticket',
  })
  @ApiParam({ name: 'siteCode', example: 'mpp-kota-bogor' })
  @ApiCreatedResponse({ type: TicketDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'CHECK_IN_TOO_EARLY, BOOKING_LAPSED, BOOKING_NOT_ACTIVE' })
  checkIn(@RegionParam() code: RegionCode, @Param('siteCode') siteCode: string, @Body() body: CheckInDto): Promise<TicketDto> {
    return this.bookings.checkIn(code, siteCode, body.bookingCode);
  }
}
