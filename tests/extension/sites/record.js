// Shared by the local copies of each site's composer: what the "site" received.
// window.sent lists the posts that went out ({text, images}); window.sentFiles the files
// of each (as the site would upload them); #sent shows them for the screenshots.
// window.attached is what the composer holds now, in its order.
window.sent = [];
window.sentFiles = [];
window.attached = [];
function recordPost(text) {
  window.sent.push({ text: text.trim(), images: window.attached.length });
  window.sentFiles.push([...window.attached]);
  const item = document.createElement("li");
  item.textContent = `Posted: ${text.trim()} (${window.attached.length} photo(s))`;
  document.getElementById("sent").append(item);
}
// Previews as the sites make them: a blob: URL of the file, with "remove" and "move
// earlier" buttons; the site keeps its own list (window.attached) in the shown order.
function watchFiles(input, previews, removeLabel, wrapClass = "") {
  window.siteAddsFile = (file) => addPreview(file, previews, removeLabel, wrapClass);
  input.addEventListener("change", () => {
    for (const file of input.files) addPreview(file, previews, removeLabel, wrapClass);
    input.value = "";
  });
}
function addPreview(file, previews, removeLabel, wrapClass) {
  window.attached.push(file);
  const wrap = previews.ownerDocument.createElement(wrapClass ? "figure" : "div");
  if (wrapClass) wrap.className = wrapClass;
  const media = previews.ownerDocument.createElement(file.type.startsWith("video/") ? "video" : "img");
  media.src = URL.createObjectURL(file);
  media.width = 80;
  const remove = previews.ownerDocument.createElement("button");
  remove.type = "button";
  remove.setAttribute("aria-label", removeLabel);
  remove.textContent = "×";
  remove.addEventListener("click", () => {
    window.attached = window.attached.filter((f) => f !== file);
    wrap.remove();
  });
  const earlier = previews.ownerDocument.createElement("button");
  earlier.type = "button";
  earlier.setAttribute("aria-label", "Move earlier");
  earlier.textContent = "←";
  earlier.addEventListener("click", () => {
    const i = window.attached.indexOf(file);
    if (i <= 0) return;
    window.attached.splice(i - 1, 2, file, window.attached[i - 1]);
    wrap.previousElementSibling.before(wrap);
  });
  wrap.append(media, remove, earlier);
  previews.append(wrap);
}
