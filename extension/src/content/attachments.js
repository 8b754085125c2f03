// The images a person attaches, as the original files: from a file input, a drop or a
// paste. Listeners are on the window in the capture phase, so we see the files before
// the site reads (and perhaps clears or re-encodes) them.
(() => {
  const MAX = 10;
  let files = [];

  function isImage(file) {
    return file && /^image\//.test(file.type);
  }

  function add(list) {
    for (const file of Array.from(list || [])) {
      if (!isImage(file)) continue;
      if (files.some((f) => f.name === file.name && f.size === file.size && f.lastModified === file.lastModified)) continue;
      files.push(file);
    }
    files = files.slice(-MAX);
  }

  window.addEventListener("change", (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.type === "file") add(input.files);
  }, true);
  window.addEventListener("drop", (event) => {
    if (event.dataTransfer) add(event.dataTransfer.files);
  }, true);
  window.addEventListener("paste", (event) => {
    if (event.clipboardData) add(event.clipboardData.files);
  }, true);

  /**
   * The files attached to the post. `shown` is how many previews the site shows, when the
   * adapter can tell: a removed image then drops out. When unsure, send them all.
   */
  function current(shown) {
    if (Number.isInteger(shown) && shown > 0 && shown < files.length) return files.slice(-shown);
    return [...files];
  }

  function clear() {
    files = [];
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
  ns.attachments = { add, current, clear, readAsDataUrl, fileFromBase64 };
})();
