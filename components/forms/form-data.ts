/**
 * The FormData a group's save action reads (lib/actions/schemas/update.ts `saveGroupInput`):
 * `values` is JSON so lists (address SIDs) and empty strings survive unchanged; the file rides
 * alongside as a real File, because server actions stream FormData files without base64.
 */
export interface GroupSubmission {
  originalSid: string;
  groupId: string;
  values: Record<string, unknown>;
  file?: File | null;
  /** The address added with this section, created on Twilio only when the section is saved. */
  newAddress?: Record<string, string> | null;
}

export function encodeGroupSubmission({
  originalSid,
  groupId,
  values,
  file,
  newAddress,
}: GroupSubmission) {
  const data = new FormData();
  data.set("originalSid", originalSid);
  data.set("groupId", groupId);
  data.set("values", JSON.stringify(values));
  if (file) data.set("file", file, file.name);
  if (newAddress) data.set("newAddress", JSON.stringify(newAddress));
  return data;
}
