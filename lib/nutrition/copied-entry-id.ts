/**
 * The id of the `index`-th entry a "copy meal" request makes: a UUID (so it can be edited or removed
 * like any entry) derived from the request's id, so the phone's preview and every replay of the request
 * name the same entries. The last 32 bits (in the UUID's node field, outside its version and variant
 * bits) are offset by index + 1; two requests' copies could only meet if their ids shared 96 random bits.
 */
export function copiedEntryId(requestId: string, index: number): string {
  const tail = (parseInt(requestId.slice(-8), 16) + index + 1) % 2 ** 32;
  return `${requestId.slice(0, -8)}${tail.toString(16).padStart(8, "0")}`;
}
