// Shared by the local copies of each site's composer: what the "site" received.
// window.sent lists the posts that went out; #sent shows them for the screenshots.
window.sent = [];
window.attached = [];
function recordPost(text) {
  window.sent.push({ text: text.trim(), images: window.attached.length });
  const item = document.createElement("li");
  item.textContent = `Posted: ${text.trim()} (${window.attached.length} photo(s))`;
  document.getElementById("sent").append(item);
}
function watchFiles(input, previews, removeLabel) {
  input.addEventListener("change", () => {
    for (const file of input.files) {
      window.attached.push(file);
      const wrap = document.createElement("div");
      const img = document.createElement("img");
      img.src = URL.createObjectURL(file);
      img.width = 80;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.setAttribute("aria-label", removeLabel);
      remove.textContent = "×";
      remove.addEventListener("click", () => {
        window.attached = window.attached.filter((f) => f !== file);
        wrap.remove();
      });
      wrap.append(img, remove);
      previews.append(wrap);
    }
    input.value = "";
  });
}
