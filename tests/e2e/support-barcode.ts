import bwipjs from "bwip-js/node";

/**
 * A product barcode as a PNG, the kind of photo a member takes of a pack: black bars on white (a
 * transparent background would read as black to a decoder) with a quiet zone around them. 13 digits
 * render as EAN-13, 12 as UPC-A, 8 as EAN-8; bwip-js refuses a wrong check digit.
 */
export async function barcodePng(code: string): Promise<Buffer> {
  const bcid = code.length === 12 ? "upca" : code.length === 8 ? "ean8" : "ean13";
  return bwipjs.toBuffer({
    bcid,
    text: code,
    scale: 3,
    height: 20,
    includetext: true,
    backgroundcolor: "FFFFFF",
    paddingwidth: 12,
    paddingheight: 8,
  });
}
