import { MAX_PHOTO_BYTES, PHOTO_MAX_SIDE_PX } from "@/lib/schemas/body";

/** The size an image is drawn at so that its longer side is at most `maxSide` (never enlarged). */
export function fitWithin(width: number, height: number, maxSide = PHOTO_MAX_SIDE_PX): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function decode(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === "function") {
    try {
      // Applies the EXIF rotation, so a portrait phone photo stays upright once the metadata is gone.
      return await createImageBitmap(file, { imageOrientation: "from-image" });
    } catch {
      // Fall through to an <img> decode (older Safari).
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const toBlob = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));

/**
 * A photo from the phone, redrawn on a canvas at most ~1280 px on its longer side as JPEG under 2 MB.
 * Redrawing also drops the file's metadata (EXIF: location, camera, time) before anything is uploaded.
 */
export async function resizePhoto(file: Blob): Promise<Blob> {
  const image = await decode(file);
  const natural = "naturalWidth" in image ? { width: image.naturalWidth, height: image.naturalHeight } : { width: image.width, height: image.height };
  const size = fitWithin(natural.width, natural.height);
  if (size.width === 0) throw new Error("That file is not a photo we can read.");
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot prepare photos for upload.");
  // A white backdrop: transparent PNG areas would turn black in a JPEG.
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
  if ("close" in image) image.close();
  for (const quality of [0.85, 0.7, 0.5]) {
    const blob = await toBlob(canvas, quality);
    if (blob && blob.size <= MAX_PHOTO_BYTES) return blob;
  }
  throw new Error("That photo is too large even after resizing.");
}
