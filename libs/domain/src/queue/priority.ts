/**
 * Visitors who are served with priority: the vulnerable groups of UU 25/2009 art. 29
 * (penyandang disabilitas, lanjut usia, wanita hamil, anak-anak). An officer or a kiosk marks
 * a ticket; a citizen's own phone cannot (the claim is checked in person).
 */
export const PRIORITY_GROUPS = ['elderly', 'disabled', 'pregnant', 'child'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];
