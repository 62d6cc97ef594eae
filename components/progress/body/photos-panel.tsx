"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useOnline } from "@/components/pwa/use-online";
import { Alert } from "@/components/ui/alert";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formatDayKey } from "@/lib/dates/day-key";
import { photoPoseLabels, photoPoses, type PhotoPose, type TPhotoView } from "@/lib/schemas/body";
import type { ProgressRange } from "@/lib/schemas/progress";
import { messageOf, useTRPC } from "@/lib/trpc/react";
import { resizePhoto } from "./resize-photo";

const longDay = (dayKey: string) => formatDayKey(dayKey, { weekday: "short", day: "numeric", month: "short", year: "numeric" });
export const photoUrl = (id: string) => `/api/progress-photos/${encodeURIComponent(id)}`;
export const photoAlt = (photo: Pick<TPhotoView, "pose" | "dayKey">) => `${photoPoseLabels[photo.pose]} progress photo, ${longDay(photo.dayKey)}`;

/** One private photo, fetched from the owner-only route (never cached; no next/image, whose optimizer has no session). */
function PrivatePhoto({ photo, className }: { photo: TPhotoView; className?: string }) {
  return <img src={photoUrl(photo.id)} alt={photoAlt(photo)} loading="lazy" decoding="async" className={`w-full rounded-lg bg-slate-100 object-cover ${className ?? ""}`} />;
}

/** Private progress photos: take or choose one (resized on the phone), see them by day, compare two, delete. */
export function PhotosPanel({ range }: { range: ProgressRange }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The previous range's photos stay while the next range loads (no flicker, the upload form stays).
  const photos = useQuery({ ...trpc.body.photos.queryOptions({ range }), placeholderData: keepPreviousData });
  const [removing, setRemoving] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.body.photos.queryKey() });
  const remove = useMutation(
    trpc.body.deletePhoto.mutationOptions({
      onSuccess: async () => {
        setRemoving(null);
        await invalidate();
      },
    }),
  );
  const view = photos.data;
  const list = view?.photos ?? [];
  const newestFirst = [...list].reverse();

  return (
    <section className="space-y-3 border-t border-slate-100 pt-4" aria-labelledby="body-photos-heading">
      <h3 id="body-photos-heading" className="text-base font-semibold">
        Progress photos
      </h3>
      <p className="text-sm text-slate-600">Only you can see these photos: they are stored encrypted and never shown to your trainer.</p>
      {photos.isError ? <Alert>{messageOf(photos.error)}</Alert> : null}
      {photos.isPending ? <p className="text-sm text-slate-600">Loading your photos…</p> : null}
      {view ? <PhotoUpload todayKey={view.todayKey} onUploaded={invalidate} /> : null}

      {view && list.length === 0 ? <p className="text-sm text-slate-600">No photos in this period yet.</p> : null}
      {/* Keyed on the newest photo: after an upload the comparison starts again from the new latest photo. */}
      {list.length >= 2 ? <PhotoCompare key={list[list.length - 1].id} photos={list} /> : null}
      {list.length > 0 ? (
        <>
          <h4 className="pt-2 text-sm font-semibold">Your photos</h4>
          {remove.error && !removing ? <Alert>{messageOf(remove.error)}</Alert> : null}
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label="Progress photos, newest first">
            {newestFirst.map((photo) => (
              <li key={photo.id} className="space-y-1">
                <PrivatePhoto photo={photo} className="aspect-[3/4]" />
                <p className="text-xs text-slate-700">
                  {photoPoseLabels[photo.pose]} · {formatDayKey(photo.dayKey, { day: "numeric", month: "short", year: "numeric" })}
                </p>
                {removing === photo.id ? (
                  <ConfirmPanel
                    label={`Delete the ${photoAlt(photo).toLowerCase()}`}
                    error={remove.error}
                    pending={remove.isPending}
                    confirm={["Delete", "Deleting…"]}
                    onConfirm={() => remove.mutate({ id: photo.id })}
                    onCancel={() => setRemoving(null)}
                  >
                    Delete this photo for good?
                  </ConfirmPanel>
                ) : (
                  <button
                    type="button"
                    className="rounded-lg px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50"
                    aria-label={`Delete the ${photoAlt(photo).toLowerCase()}`}
                    onClick={() => {
                      remove.reset();
                      setRemoving(photo.id);
                    }}
                  >
                    Delete
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * Take a photo (camera) or choose one, see it, and upload it for a day and pose. The file is redrawn on a
 * canvas at most ~1280 px (JPEG, no EXIF) before it leaves the phone; the preview is a blob: URL.
 */
function PhotoUpload({ todayKey, onUploaded }: { todayKey: string; onUploaded: () => Promise<unknown> }) {
  // Photos are not queued on the phone (too large for the outbox): uploading needs a connection.
  const online = useOnline();
  const [dayKey, setDayKey] = useState(todayKey);
  const [pose, setPose] = useState<PhotoPose>("front");
  const [prepared, setPrepared] = useState<{ blob: Blob; url: string } | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: async (input: { blob: Blob; dayKey: string; pose: PhotoPose }) => {
      const response = await fetch(`/api/progress-photos?${new URLSearchParams({ dayKey: input.dayKey, pose: input.pose })}`, {
        method: "POST",
        headers: { "Content-Type": input.blob.type || "image/jpeg" },
        body: input.blob,
        credentials: "same-origin",
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string; photo?: TPhotoView };
      if (!response.ok || !body.photo) throw new Error(body.error ?? "The photo was not uploaded. Try again.");
      return body.photo;
    },
    onSuccess: async (photo) => {
      setDone(`${photoPoseLabels[photo.pose]} photo for ${longDay(photo.dayKey)} uploaded.`);
      setPrepared(null);
      await onUploaded();
    },
  });

  useEffect(() => () => (prepared ? URL.revokeObjectURL(prepared.url) : undefined), [prepared]);

  async function choose(file: File | undefined) {
    setError(null);
    setDone(null);
    upload.reset();
    if (!file) return;
    setPreparing(true);
    try {
      const blob = await resizePhoto(file);
      setPrepared({ blob, url: URL.createObjectURL(blob) });
    } catch (cause) {
      setPrepared(null);
      setError(cause instanceof Error ? cause.message : "That file could not be read as a photo.");
    } finally {
      setPreparing(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dayKey) || dayKey > todayKey) return setError("Choose today or an earlier day");
    if (!prepared) return setError("Take or choose a photo first");
    setError(null);
    upload.mutate({ blob: prepared.blob, dayKey, pose });
  }

  return (
    <form className="space-y-3" aria-label="Upload a progress photo" onSubmit={submit} noValidate>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="photo-day" className="label">
            Day
          </label>
          <input id="photo-day" type="date" className="input" value={dayKey} max={todayKey} onChange={(event) => setDayKey(event.target.value)} />
        </div>
        <div>
          <label htmlFor="photo-pose" className="label">
            Pose
          </label>
          <select id="photo-pose" className="input" value={pose} onChange={(event) => setPose(event.target.value as PhotoPose)}>
            {photoPoses.map((option) => (
              <option key={option} value={option}>
                {photoPoseLabels[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="photo-camera" className="label">
            Take a photo
          </label>
          <input
            id="photo-camera"
            type="file"
            accept="image/*"
            capture="environment"
            className="block w-full text-sm"
            onChange={(event) => {
              void choose(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
        </div>
        <div>
          <label htmlFor="photo-file" className="label">
            Or choose one
          </label>
          <input
            id="photo-file"
            type="file"
            accept="image/*"
            className="block w-full text-sm"
            onChange={(event) => {
              void choose(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
        </div>
      </div>
      {preparing ? <p className="text-sm text-slate-600" role="status">Preparing the photo…</p> : null}
      {prepared ? (
        <img src={prepared.url} alt={`Preview of the new ${photoPoseLabels[pose].toLowerCase()} photo for ${longDay(dayKey || todayKey)}`} className="max-h-64 rounded-lg object-contain" />
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      {upload.isError ? <Alert>{upload.error.message}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      {online ? null : (
        <p id="photo-offline" className="text-sm text-slate-700" role="status">
          You are offline. Photos are only uploaded with a connection: keep the photo and upload it when you are back online.
        </p>
      )}
      <button type="submit" className="btn-primary" disabled={!online || !prepared || upload.isPending || preparing} aria-describedby={online ? undefined : "photo-offline"}>
        {upload.isPending ? "Uploading…" : "Upload photo"}
      </button>
    </form>
  );
}

/**
 * Two photos side by side: by default the first and the latest of the most recent pose. Until the member
 * chooses one, each side follows the current list (a new, deleted or other-range photo moves the default).
 */
function PhotoCompare({ photos }: { photos: TPhotoView[] }) {
  const latest = photos[photos.length - 1];
  const samePose = photos.filter((photo) => photo.pose === latest.pose);
  const defaultBefore = samePose.length >= 2 ? samePose[0] : photos[0];
  const [beforeId, setBeforeId] = useState<string | null>(null);
  const [afterId, setAfterId] = useState<string | null>(null);
  const before = photos.find((photo) => photo.id === beforeId) ?? defaultBefore;
  const after = photos.find((photo) => photo.id === afterId) ?? latest;
  const option = (photo: TPhotoView) => (
    <option key={photo.id} value={photo.id}>
      {formatDayKey(photo.dayKey, { day: "numeric", month: "short", year: "numeric" })} · {photoPoseLabels[photo.pose]}
    </option>
  );
  return (
    <div className="space-y-2" role="group" aria-labelledby="photo-compare-heading">
      <h4 id="photo-compare-heading" className="pt-2 text-sm font-semibold">
        Compare two days
      </h4>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="compare-before" className="label">
            Before
          </label>
          <select id="compare-before" className="input" value={before.id} onChange={(event) => setBeforeId(event.target.value)}>
            {photos.map(option)}
          </select>
        </div>
        <div>
          <label htmlFor="compare-after" className="label">
            After
          </label>
          <select id="compare-after" className="input" value={after.id} onChange={(event) => setAfterId(event.target.value)}>
            {photos.map(option)}
          </select>
        </div>
        <PrivatePhoto photo={before} className="aspect-[3/4]" />
        <PrivatePhoto photo={after} className="aspect-[3/4]" />
      </div>
    </div>
  );
}
