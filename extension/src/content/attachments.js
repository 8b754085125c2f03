// The photos (and videos) of a post: read from what the composer shows at the moment of
// posting, never from a list kept since the page loaded, so that a removed, reordered or
// replaced photo is checked as it now is. Each preview is read as the bytes it shows:
// a blob: or data: URL (the site's copy of the file the person picked) is read as it
// is; anything else is drawn from the displayed image (same-origin only).
(() => {
  const MAX = 10;

  /** Why the photos could not be read; `code` is a key of Clearpost.findings FAILURES. */
  class PhotoProblem extends Error {
    constructor(code, message) {
      super(message);
      this.name = "PhotoProblem";
      this.code = code;
    }
  }

  const isElement = (node) => Boolean(node && node.nodeType === 1);

  /** The URL a preview element shows: an image's or video's source, or a CSS background. */
  function sourceOf(node) {
    const tag = node.tagName.toLowerCase();
    if (tag === "img") return node.currentSrc || node.src || "";
    if (tag === "video") {
      const source = node.querySelector("source[src]");
      return node.currentSrc || node.src || (source ? source.src : "") || node.poster || "";
    }
    const background = node.ownerDocument.defaultView.getComputedStyle(node).backgroundImage || "";
    const match = /url\(["']?([^"')]+)["']?\)/.exec(background);
    return match ? match[1] : "";
  }

  /** The bytes behind a blob: or data: URL (memory of this page: no network call). */
  async function readLocal(url) {
    // eslint-disable-next-line no-restricted-globals -- blob:/data: only: not the network
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.blob();
  }

  /** A displayed, same-origin image drawn as a PNG (the site's upload is then not ours to read). */
  function drawn(img) {
    return new Promise((resolve, reject) => {
      if (!img.complete || !img.naturalWidth) return reject(new Error("not loaded"));
      const canvas = img.ownerDocument.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      try {
        canvas.getContext("2d").drawImage(img, 0, 0);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("not drawable"))), "image/png");
      } catch (err) {
        reject(err); // a cross-origin image taints the canvas
      }
    });
  }

  function isVideo(type, node) {
    return /^video\//.test(type || "") || (isElement(node) && node.tagName.toLowerCase() === "video");
  }

  /** One preview element (or a File, for a plain form) as {file, bytes, video}. */
  async function readOne(item, index) {
    let blob = null;
    if (item instanceof Blob) {
      blob = item;
    } else {
      const url = sourceOf(item);
      try {
        if (/^(blob|data):/.test(url)) blob = await readLocal(url);
      } catch {
        blob = null;
      }
      if (!blob && item.tagName.toLowerCase() === "img") blob = await drawn(item).catch(() => null);
      if (!blob) {
        // A video shown from the site's server (not the file picked) cannot be read: held.
        const what = isVideo("", item) ? "Video" : "Photo";
        throw new PhotoProblem("unreadable", `${what} ${index + 1} in the post could not be read (${url.slice(0, 60) || "no address"}).`);
      }
    }
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const type = blob.type || (isElement(item) && item.tagName.toLowerCase() === "video" ? "video/mp4" : "image/jpeg");
    const name = blob.name || `photo-${index + 1}.${(type.split("/")[1] || "bin").replace(/[^a-z0-9]/gi, "")}`;
    const file = blob instanceof File ? blob : new File([bytes], name, { type });
    return { file, bytes, video: isVideo(type, item) };
  }

  /**
   * The post's attachments (photos and videos), in the order shown: `items` are preview
   * elements (or Files). Rejects with a PhotoProblem: "unreadable", "too_many".
   */
  async function collect(items) {
    const photos = await Promise.all([...items].map(readOne));
    if (photos.length > MAX) {
      throw new PhotoProblem("too_many", `${photos.length} photos in the post; Clearpost checks at most ${MAX}.`);
    }
    return photos;
  }

  /** The files chosen in a form's file inputs (the generic fallback: what the form sends). */
  function inForm(form) {
    return [...form.querySelectorAll('input[type="file"]')].flatMap((input) => [...(input.files || [])]);
  }

  function sameBytes(a, b) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  /** Whether two lists from collect() hold the same files, byte for byte, in the same order. */
  function same(a, b) {
    return a.length === b.length && a.every((photo, i) => sameBytes(photo.bytes, b[i].bytes));
  }

  function readAsDataUrl(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  /** A File from the base64 the service sent (a fixed copy of an image). */
  function fileFromBase64(data, contentType, name) {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    return new File([bytes], name, { type: contentType });
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.attachments = { MAX, PhotoProblem, collect, inForm, same, sourceOf, readAsDataUrl, fileFromBase64 };
})();
