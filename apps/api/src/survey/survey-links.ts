/**
 * Where the ticket page and the application tracking answer send a visitor to rate the service
 * once it is finished: the web app shows it as a link and a QR code. The ticket id and tracking
 * code are already the holder's own keys, so the link needs no other secret.
 */
export function ticketSurveyLink(regionCode: string, ticketId: string, status: string): string | null {
  return status === 'done' ? `/v1/regions/${regionCode}/survey-form?ticketId=${ticketId}` : null;
}

export function applicationSurveyLink(regionCode: string, trackingCode: string, status: string): string | null {
  return status === 'completed' ? `/v1/regions/${regionCode}/survey-form?trackingCode=${trackingCode}` : null;
}
