import type { Principal } from '../access/principal';

/** The region's complaint desk: region and national admins (decision 0042). */
export function isComplaintDesk(principal: Principal): boolean {
  return principal.kind === 'staff' && (principal.role === 'region_admin' || principal.role === 'national_admin');
}

/**
 * Who may read a complaint attachment's bytes (and see it listed), among staff and keys who
 * reach the complaint. A file can name its sender as plainly as the reporter field does (a
 * photo with a face, a letter with a signature), so for an anonymous complaint the agency reads
 * only the files the desk has cleared; the desk reads all. A secret complaint's files are never
 * public: no public route serves attachments at all.
 */
export function mayReadComplaintAttachment(
  principal: Principal,
  complaint: { anonymous: boolean },
  attachment: { sharedWithAgency: boolean },
): boolean {
  return isComplaintDesk(principal) || !complaint.anonymous || attachment.sharedWithAgency;
}

/** Whether a file uploaded by `principal` is for the agency to read from the start. */
export function sharedOnUpload(principal: Principal | undefined, complaint: { anonymous: boolean }): boolean {
  // The reporter's, the desk's and a region-wide system's files of an anonymous complaint wait for
  // the desk to clear them; the agency's own files (its answer's evidence) are the agency's anyway.
  if (!complaint.anonymous) return true;
  return principal !== undefined && !isComplaintDesk(principal) && principal.agencyCode !== undefined;
}
