"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { BarcodeFormat as ZxingFormat, DecodeHintType as ZxingHint } from "@zxing/library";
import { barcodeInputError, normalizeBarcode, type BarcodeFormat } from "@/lib/nutrition/barcode";
import { describedBy, FormField } from "@/components/ui/form-field";

export type BarcodeScannerProps = {
  /** A valid GTIN (GTIN-13, or GTIN-8), already normalised. */
  onDetected(gtin: string): void;
  onClose(): void;
};

const PRODUCT_FORMATS: BarcodeFormat[] = ["ean_13", "ean_8", "upc_a", "upc_e"];
const SCAN_INTERVAL_MS = 200;
/** Phone photos are 12 MP and more; a barcode stays readable far below that and decoding gets much faster. */
const MAX_PHOTO_SIDE = 1600;

// The Shape Detection API is not in TypeScript's DOM library yet.
type DetectedBarcode = { rawValue: string; format: string };
type NativeDetector = { detect(source: ImageBitmapSource): Promise<DetectedBarcode[]> };
type NativeDetectorClass = { new (options: { formats: string[] }): NativeDetector; getSupportedFormats?(): Promise<string[]> };

/** The browser's own barcode detector (Android, ChromeOS, macOS) when it reads product codes, else null. */
async function nativeDetector(): Promise<NativeDetector | null> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const supported = (await Detector.getSupportedFormats?.()) ?? PRODUCT_FORMATS;
    const formats = PRODUCT_FORMATS.filter((format) => supported.includes(format));
    return formats.length > 0 ? new Detector({ formats }) : null;
  } catch {
    return null;
  }
}

const asFormat = (format: string): BarcodeFormat | undefined => (PRODUCT_FORMATS as string[]).includes(format) ? (format as BarcodeFormat) : undefined;

/**
 * zxing, the decoder for browsers without a native one (Firefox, desktop Chrome on Linux/Windows,
 * Safari). Loaded on first use so it stays out of the Eat screen's first bundle; limited to EAN/UPC,
 * which is faster and cannot mistake a QR code for food.
 */
async function loadZxing() {
  const [library, browser] = await Promise.all([import("@zxing/library"), import("@zxing/browser")]);
  const { BarcodeFormat: Zx, DecodeHintType } = library;
  const hints = new Map<ZxingHint, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [Zx.EAN_13, Zx.EAN_8, Zx.UPC_A, Zx.UPC_E]],
  ]);
  const formats: Partial<Record<ZxingFormat, BarcodeFormat>> = { [Zx.EAN_13]: "ean_13", [Zx.EAN_8]: "ean_8", [Zx.UPC_A]: "upc_a", [Zx.UPC_E]: "upc_e" };
  const formatOf = (format: ZxingFormat): BarcodeFormat | undefined => formats[format];

  function videoReader() {
    const reader = new browser.BrowserMultiFormatReader();
    reader.setHints(hints); // before decoding: the constructor's hints are not passed on to every reader
    return reader;
  }

  /** Reads a still image: a photo is worth trying harder (rotation, more rows) than a video frame. */
  function decodePixels(image: ImageData): { text: string; format: BarcodeFormat | undefined } | null {
    const luminance = new Uint8ClampedArray(image.width * image.height);
    for (let pixel = 0; pixel < luminance.length; pixel += 1) {
      const offset = pixel * 4;
      luminance[pixel] = (image.data[offset] * 299 + image.data[offset + 1] * 587 + image.data[offset + 2] * 114) / 1000;
    }
    const reader = new library.MultiFormatReader();
    reader.setHints(new Map(hints).set(DecodeHintType.TRY_HARDER, true));
    try {
      const bitmap = new library.BinaryBitmap(new library.HybridBinarizer(new library.RGBLuminanceSource(luminance, image.width, image.height)));
      const result = reader.decode(bitmap);
      return { text: result.getText(), format: formatOf(result.getBarcodeFormat()) };
    } catch {
      return null; // NotFoundException and friends: nothing readable in this image
    }
  }

  return { videoReader, decodePixels, formatOf };
}

let zxing: ReturnType<typeof loadZxing> | null = null;
const zxingOnce = () => {
  zxing ??= loadZxing();
  zxing.catch(() => (zxing = null)); // a failed chunk load (offline) may work on the next try
  return zxing;
};

/**
 * The barcode in a photo: the native detector first, then zxing on the (downscaled) pixels. Drawn on a
 * canvas rather than loaded through an <img> URL, so nothing depends on the page's CSP for blob: images.
 */
async function decodePhoto(file: File): Promise<{ text: string; format: BarcodeFormat | undefined } | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const native = await nativeDetector();
    if (native) {
      const [found] = await native.detect(bitmap).catch(() => [] as DetectedBarcode[]);
      if (found) return { text: found.rawValue, format: asFormat(found.format) };
    }
    const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return null;
    // White under transparent pixels: a transparent PNG would otherwise read as black bars on black.
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const { decodePixels } = await zxingOnce();
    return decodePixels(context.getImageData(0, 0, canvas.width, canvas.height));
  } finally {
    bitmap.close();
  }
}

/**
 * Alert's look without its role: the one live region above announces every change, so a second
 * status/alert role would make screen readers say it twice.
 */
function Notice({ tone, children }: { tone: "info" | "success"; children: React.ReactNode }) {
  const styles = tone === "info" ? "border-sky-200 bg-sky-50 text-sky-900" : "border-emerald-200 bg-emerald-50 text-emerald-900";
  return <div className={`rounded-xl border px-4 py-3 text-sm ${styles}`}>{children}</div>;
}

type CameraState = "starting" | "scanning" | "denied" | "unavailable" | "failed" | "stopped";

const cameraMessages: Record<Exclude<CameraState, "scanning" | "stopped">, string> = {
  starting: "Starting the camera…",
  denied: "Camera access is blocked. Allow it in your browser's site settings, or scan from a photo or type the number instead.",
  unavailable: "No camera is available here. Scan from a photo or type the number instead.",
  failed: "The camera could not start. Scan from a photo or type the number instead.",
};

/**
 * Reads a product barcode three ways: live from the rear camera, from a photo, or typed. Whatever the
 * route, only a code with a valid check digit reaches `onDetected`, normalised to GTIN-13/GTIN-8. The
 * camera stops as soon as a code is found, on close and on unmount.
 */
export function BarcodeScanner({ onDetected, onClose }: BarcodeScannerProps) {
  const baseId = useId();
  const id = (name: string) => `${baseId}-${name}`;
  const videoRef = useRef<HTMLVideoElement>(null);
  const stopCameraRef = useRef<() => void>(() => {});
  const onDetectedRef = useRef(onDetected);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onDetectedRef.current = onDetected;
    onCloseRef.current = onClose;
  });

  const [cameraAttempt, setCameraAttempt] = useState(0);
  const [camera, setCamera] = useState<CameraState>("starting");
  const [status, setStatus] = useState(cameraMessages.starting);
  const [cameraProblem, setCameraProblem] = useState<string | null>(null);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const [typedError, setTypedError] = useState<string | undefined>();
  const [found, setFound] = useState<string | null>(null);

  const report = useCallback((gtin: string) => {
    stopCameraRef.current();
    setCamera("stopped");
    setFound(gtin);
    setStatus(`Found barcode ${gtin}.`);
    onDetectedRef.current(gtin);
  }, []);

  // A code the camera saw: a valid one ends the scan; anything else leaves the camera running.
  const seen = useCallback(
    (text: string, format: BarcodeFormat | undefined) => {
      const gtin = normalizeBarcode(text, format);
      if (gtin) report(gtin);
      else setStatus("That is not a valid product barcode. Keep scanning, or type the number below.");
    },
    [report],
  );

  useEffect(() => {
    let stopped = false;
    const cleanups: (() => void)[] = [];
    const onStop = (cleanup: () => void) => (stopped ? cleanup() : cleanups.push(cleanup));
    const release = () => {
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    };
    const stop = () => {
      stopped = true;
      release();
    };
    stopCameraRef.current = stop;

    const fail = (state: Exclude<CameraState, "scanning" | "stopped" | "starting">) => {
      if (stopped) return;
      setCamera(state);
      setCameraProblem(cameraMessages[state]);
      setStatus(cameraMessages[state]);
    };

    async function start() {
      setCamera("starting");
      setCameraProblem(null);
      setStatus(cameraMessages.starting);
      // No mediaDevices: an insecure origin or an old browser.
      if (!navigator.mediaDevices?.getUserMedia) return fail("unavailable");
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch (error) {
        const name = error instanceof DOMException ? error.name : "";
        if (name === "NotAllowedError" || name === "SecurityError") return fail("denied");
        if (name === "NotFoundError" || name === "OverconstrainedError" || name === "NotReadableError") return fail("unavailable");
        return fail("failed");
      }
      onStop(() => stream.getTracks().forEach((track) => track.stop()));
      const video = videoRef.current;
      if (stopped || !video) return;
      onStop(() => {
        video.srcObject = null;
      });

      try {
        const native = await nativeDetector();
        if (stopped) return;
        if (native) {
          video.srcObject = stream;
          await video.play();
          let timer: number | undefined;
          const tick = async () => {
            if (stopped) return;
            if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
              const [code] = await native.detect(video).catch(() => [] as DetectedBarcode[]);
              if (code && !stopped) seen(code.rawValue, asFormat(code.format));
            }
            if (!stopped) timer = window.setTimeout(tick, SCAN_INTERVAL_MS);
          };
          onStop(() => window.clearTimeout(timer));
          void tick();
        } else {
          const { videoReader, formatOf } = await zxingOnce();
          if (stopped) return;
          const controls = await videoReader().decodeFromStream(stream, video, (result) => {
            if (result && !stopped) seen(result.getText(), formatOf(result.getBarcodeFormat()));
          });
          onStop(() => controls.stop());
        }
      } catch {
        release(); // the camera light must not stay on behind an error message
        return fail("failed");
      }
      if (stopped) return;
      setCamera("scanning");
      setStatus("Scanning… hold the barcode flat inside the frame.");
    }

    void start();
    return stop;
  }, [cameraAttempt, seen]);

  function close() {
    stopCameraRef.current();
    onCloseRef.current();
  }

  async function scanPhoto(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ""; // choosing the same photo again still fires a change
    if (!file) return;
    setPhotoBusy(true);
    setPhotoError(null);
    setStatus("Reading the barcode in your photo…");
    try {
      const decoded = await decodePhoto(file);
      const gtin = decoded ? normalizeBarcode(decoded.text, decoded.format) : null;
      if (gtin) return report(gtin);
      const message = decoded
        ? "That is not a valid product barcode. Try another photo, or type the number below."
        : "No barcode found in that photo. Try a sharper photo, closer and straight on, or type the number below.";
      setPhotoError(message);
      setStatus(message);
    } catch {
      const message = "That file could not be read as an image. Try another photo, or type the number below.";
      setPhotoError(message);
      setStatus(message);
    } finally {
      setPhotoBusy(false);
    }
  }

  function submitTyped(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = barcodeInputError(typed);
    const gtin = problem ? null : normalizeBarcode(typed);
    if (!gtin) {
      setTypedError(problem ?? "That is not a valid product barcode");
      return;
    }
    setTypedError(undefined);
    report(gtin);
  }

  const scanning = camera === "scanning";
  const cameraOff = camera === "denied" || camera === "unavailable" || camera === "failed";

  return (
    <section aria-labelledby={id("title")} className="card space-y-4">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id={id("title")} className="text-lg font-semibold text-slate-900">
            Scan a barcode
          </h2>
          <p className="text-sm text-slate-600">Point the camera at the barcode on the pack, scan from a photo, or type the number.</p>
        </div>
        <button type="button" className="btn-secondary" onClick={close}>
          Close
        </button>
      </div>

      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>

      <div className={camera === "starting" || scanning ? "relative overflow-hidden rounded-xl bg-slate-900" : "hidden"}>
        <video ref={videoRef} muted playsInline autoPlay aria-label="Camera preview" className="aspect-[4/3] w-full object-cover" />
        {/* The aiming frame: where the barcode should sit. */}
        <div aria-hidden="true" className="pointer-events-none absolute inset-x-8 top-1/2 h-24 -translate-y-1/2 rounded-lg border-2 border-white/80" />
        <p aria-hidden="true" className="absolute inset-x-0 bottom-0 bg-slate-900/70 px-3 py-2 text-center text-sm text-white">
          {scanning ? "Scanning…" : cameraMessages.starting}
        </p>
      </div>

      {cameraOff && cameraProblem ? (
        <div className="space-y-2">
          <Notice tone="info">{cameraProblem}</Notice>
          <button type="button" className="btn-secondary" onClick={() => setCameraAttempt((attempt) => attempt + 1)}>
            Try the camera again
          </button>
        </div>
      ) : null}

      {found ? (
        <div className="space-y-2">
          <Notice tone="success">Found barcode {found}.</Notice>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              setFound(null);
              setCameraAttempt((attempt) => attempt + 1);
            }}
          >
            Scan another
          </button>
        </div>
      ) : null}

      <div className="space-y-2">
        {/* The visible "button" is the label, so the file input keeps its native keyboard and screen-reader behaviour. */}
        <input
          id={id("photo")}
          type="file"
          accept="image/*"
          capture="environment"
          className="peer sr-only"
          aria-describedby={photoError ? id("photo-error") : undefined}
          disabled={photoBusy}
          onChange={scanPhoto}
        />
        <label
          htmlFor={id("photo")}
          className="btn-secondary w-full cursor-pointer peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-60"
        >
          Scan from a photo
        </label>
        {photoBusy ? <p className="text-sm text-slate-600">Reading the photo…</p> : null}
        {photoError ? (
          <p id={id("photo-error")} className="field-error">
            {photoError}
          </p>
        ) : null}
      </div>

      <form onSubmit={submitTyped} noValidate className="space-y-2" aria-label="Type a barcode">
        <FormField id={id("typed")} label="Barcode number" error={typedError} hint="The 8, 12 or 13 digits under the bars">
          <input
            id={id("typed")}
            className="input"
            inputMode="numeric"
            autoComplete="off"
            enterKeyHint="search"
            value={typed}
            aria-invalid={typedError ? true : undefined}
            aria-describedby={describedBy(id("typed"), typedError, "hint")}
            onChange={(event) => {
              setTyped(event.target.value);
              setTypedError(undefined);
            }}
          />
        </FormField>
        <button type="submit" className="btn-primary w-full">
          Look up barcode
        </button>
      </form>
    </section>
  );
}
