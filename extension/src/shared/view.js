// The findings of a check as elements: numbered cards, and photos with a numbered box
// around each face, logo or name found in them. Used by the dialog and the popup.
(() => {
  const { el } = globalThis.Clearpost.dom;
  const F = globalThis.Clearpost.findings;

  /** A "This is wrong" button: sends the report (rule, score, site; never the content). */
  function reportButton(finding, onReport) {
    const button = el("button", { class: "cp-link", type: "button", "data-cp": "report" }, "This is wrong");
    button.addEventListener("click", async () => {
      button.disabled = true;
      button.textContent = "Sending…";
      const ok = await onReport(finding);
      button.textContent = ok ? "Reported: thank you" : "Could not send the report";
      button.disabled = ok;
    });
    return button;
  }

  function card(finding, number, options) {
    const shown = (options.images || [])[finding.image];
    const d = F.describe(finding, Boolean(shown && shown.video));
    const item = el(
      "li",
      { class: `cp-finding ${d.severity}`, "data-cp": "finding", "data-rule": finding.rule || "" },
      el(
        "div",
        { class: "cp-finding-top" },
        el("span", { class: "cp-num" }, `${number}.`),
        el("span", { class: `cp-chip ${d.severity}` }, d.severityLabel),
        el("span", { class: "cp-where" }, d.where),
      ),
      el("p", { class: "cp-reason" }, d.reason),
    );
    if (d.quote) item.append(el("span", { class: "cp-quote" }, `“${d.quote}”`));
    const meta = el("div", { class: "cp-meta" }, el("span", {}, d.clause || ""));
    if (options.onReport && finding.rule) meta.append(reportButton(finding, options.onReport));
    item.append(meta);
    return item;
  }

  /** A video of the post, as the composer shows it (no boxes: each finding says when). */
  function video(image, index) {
    const player = el("video", { src: image.url, muted: true, preload: "metadata", "aria-label": `Video ${index + 1} of the post` });
    return el(
      "figure",
      { class: "cp-photo", "data-cp": "video" },
      el("div", { class: "cp-thumb" }, player),
      el("figcaption", {}, `Video ${index + 1}`),
    );
  }

  /** A thumbnail of photo `index` with a box for each finding that has one. */
  function photo(image, index, numbered) {
    if (image.video) return video(image, index);
    const boxes = numbered.filter(({ finding }) => finding.image === index && finding.box);
    const img = el("img", { src: image.url, alt: `Photo ${index + 1} of the post` });
    const thumb = el("div", { class: "cp-thumb" }, img);
    const place = () => {
      for (const { finding, number } of boxes) {
        const style = F.boxStyle(finding.box, img.naturalWidth, img.naturalHeight);
        if (!style) continue;
        thumb.append(
          el(
            "div",
            { class: `cp-box ${finding.severity}`, style, "data-cp": "box", title: finding.reason || "" },
            el("span", {}, String(number)),
          ),
        );
      }
    };
    if (img.complete && img.naturalWidth) place();
    else img.addEventListener("load", place, { once: true });
    return el(
      "figure",
      { class: "cp-photo", "data-cp": "photo" },
      thumb,
      el("figcaption", {}, `Photo ${index + 1}`),
    );
  }

  /**
   * The findings of `result` as one element. options: images [{url}] in the order sent,
   * onReport(finding) → Promise<boolean>.
   */
  function render(result, options = {}) {
    const numbered = F.ordered(result.findings).map((finding, i) => ({ finding, number: i + 1 }));
    const root = el("div", { class: "cp-findings" });
    const images = options.images || [];
    const withFindings = images
      .map((image, index) => ({ image, index }))
      .filter(({ index }) => numbered.some(({ finding }) => finding.image === index));
    if (withFindings.length) {
      root.append(
        el("div", { class: "cp-photos" }, withFindings.map(({ image, index }) => photo(image, index, numbered))),
      );
    }
    if (numbered.length) {
      root.append(el("ol", { class: "cp-list" }, numbered.map(({ finding, number }) => card(finding, number, options))));
    }
    return root;
  }

  const ns = (globalThis.Clearpost ||= {});
  ns.view = { render };
})();
