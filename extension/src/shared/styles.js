// The look of Clearpost's dialog and popup (one stylesheet, put into a shadow root or page).
(() => {
  const CSS = `
:host { all: initial; }
.cp, .cp * { box-sizing: border-box; }
.cp { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d2939; }
.cp-backdrop { position: fixed; inset: 0; background: rgba(16, 24, 40, .55); z-index: 2147483646;
  display: flex; align-items: flex-start; justify-content: center; overflow: auto; padding: 40px 16px; }
.cp-dialog { width: min(560px, 100%); background: #fff; border-radius: 12px; overflow: hidden;
  box-shadow: 0 20px 48px rgba(16, 24, 40, .3); }
.cp-head { padding: 16px 20px; color: #fff; background: #475467; }
.cp-head.block, .cp-head.closed { background: #b42318; }
.cp-head.warn { background: #b54708; }
.cp-head.allow { background: #067647; }
.cp-head h2 { margin: 0; font-size: 18px; font-weight: 650; }
.cp-head p { margin: 4px 0 0; opacity: .9; font-size: 13px; }
.cp-body { padding: 16px 20px; max-height: 60vh; overflow: auto; }
.cp-lead { margin: 0 0 12px; }
.cp-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.cp-finding { border: 1px solid #eaecf0; border-left: 4px solid #98a2b3; border-radius: 8px; padding: 10px 12px; }
.cp-finding.block { border-left-color: #d92d20; }
.cp-finding.warn { border-left-color: #f79009; }
.cp-finding-top { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.cp-num { font-weight: 700; color: #475467; }
.cp-chip { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em;
  padding: 1px 6px; border-radius: 10px; background: #f2f4f7; color: #344054; }
.cp-chip.block { background: #fee4e2; color: #912018; }
.cp-chip.warn { background: #fef0c7; color: #93370d; }
.cp-where { color: #475467; font-size: 13px; }
.cp-reason { margin: 4px 0 0; }
.cp-quote { display: inline-block; margin-top: 4px; padding: 1px 6px; background: #fff1f0; border-radius: 4px;
  font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
.cp-meta { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-top: 6px;
  color: #667085; font-size: 12px; }
.cp-link { background: none; border: 0; padding: 0; color: #475467; text-decoration: underline; cursor: pointer; font: inherit; }
.cp-link[disabled] { text-decoration: none; cursor: default; color: #067647; }
.cp-photos { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 12px; }
.cp-photo { margin: 0; }
.cp-thumb { position: relative; display: inline-block; line-height: 0; border-radius: 6px; overflow: hidden; }
.cp-thumb img, .cp-thumb video { display: block; max-width: 240px; max-height: 180px; }
.cp-box { position: absolute; border: 3px solid #f04438; border-radius: 3px; box-shadow: 0 0 0 1px #fff; }
.cp-box.warn { border-color: #f79009; }
.cp-box span { position: absolute; top: -1px; left: -1px; background: #f04438; color: #fff; font: 700 11px/1 system-ui, sans-serif; padding: 2px 4px; }
.cp-box.warn span { background: #f79009; }
.cp-photo figcaption { font-size: 12px; color: #667085; margin-top: 4px; }
.cp-section { margin-top: 14px; padding-top: 12px; border-top: 1px solid #eaecf0; }
.cp-section h3 { margin: 0 0 6px; font-size: 14px; }
.cp-preview { white-space: pre-wrap; background: #f9fafb; border: 1px solid #eaecf0; border-radius: 6px; padding: 8px 10px; margin: 0 0 8px; }
.cp-confirm label { display: flex; gap: 8px; align-items: flex-start; margin: 6px 0; }
.cp-confirm input[type=text] { width: 100%; padding: 7px 9px; border: 1px solid #d0d5dd; border-radius: 6px; font: inherit; }
.cp-detail { color: #475467; font-size: 13px; }
.cp-error { color: #b42318; margin: 8px 0 0; }
.cp-foot { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 20px; background: #f9fafb; border-top: 1px solid #eaecf0; flex-wrap: wrap; }
.cp-btn { font: 600 14px/1 system-ui, sans-serif; padding: 9px 14px; border-radius: 8px; border: 1px solid #d0d5dd; background: #fff; color: #344054; cursor: pointer; }
.cp-btn.primary { background: #155eef; border-color: #155eef; color: #fff; }
.cp-btn.danger { background: #b42318; border-color: #b42318; color: #fff; }
.cp-btn[disabled] { opacity: .45; cursor: not-allowed; }
.cp-badge { position: fixed; z-index: 2147483647; background: #1d2939; color: #fff; border-radius: 999px;
  padding: 5px 10px; font: 600 12px/1 system-ui, sans-serif; box-shadow: 0 4px 12px rgba(0,0,0,.25); pointer-events: none; }
.cp-toast { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 360px; background: #1d2939; color: #fff;
  border-radius: 8px; padding: 10px 14px; box-shadow: 0 8px 24px rgba(0,0,0,.3); }
`;
  const ns = (globalThis.Clearpost ||= {});
  ns.styles = { CSS };
})();
