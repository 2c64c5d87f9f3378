// The static HTML of the local page (`npm start`): menu bar, debugging toggle, formula bar, workbook grid
// and tabs, context menu, sidebar frame.

/** The page: its script (/page.js) fills every region from /api/state. */
export function pageShell(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Handoff Gate: local emulation</title>
<style>
  :root { font-family: "Google Sans", Roboto, system-ui, sans-serif; font-size: 13px; color: #202124; }
  body { margin: 0; display: flex; flex-direction: column; height: 100vh; }
  header { padding: 6px 16px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  header h1 { font-size: 15px; font-weight: 500; margin: 0 0 6px; display: flex; gap: 16px; align-items: baseline; }
  header h1 label { font-size: 12px; font-weight: 400; color: #5f6368; }
  .menu { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  .menu-caption { font-weight: 500; }
  button { font: inherit; padding: 4px 12px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; cursor: pointer; }
  button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
  #message { min-height: 18px; margin: 6px 0 0; color: #5f6368; }
  .layout { flex: 1; display: flex; min-height: 0; }
  .workbook { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  #gates { padding: 8px 16px; border-bottom: 1px solid #dadce0; max-height: 160px; overflow: auto; background: #fffbe6; }
  #gates h2 { font-size: 13px; margin: 0 0 4px; }
  #gates ul { margin: 0; padding-left: 16px; }
  .formula-row { display: flex; align-items: center; border-bottom: 1px solid #dadce0; font-family: Arial, sans-serif; font-size: 13px; }
  #cell-name { width: 80px; padding: 4px 8px; border-right: 1px solid #dadce0; color: #5f6368; }
  .fx { padding: 0 8px; color: #5f6368; font-style: italic; }
  #formula-bar { flex: 1; border: 0; padding: 4px; font: inherit; }
  .grid-wrap { flex: 1; overflow: auto; position: relative; background: #fff; }
  #grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; font-family: Arial, sans-serif; font-size: 10pt; outline: none; }
  #grid th, #grid td { border-right: 1px solid #e2e3e3; border-bottom: 1px solid #e2e3e3; padding: 0 3px; height: 20px; line-height: 17px;
    white-space: nowrap; overflow: hidden; vertical-align: bottom; background-clip: padding-box; }
  #grid td { background-color: #fff; cursor: cell; }
  #grid td.runs-on { overflow: visible; }
  #grid td.runs-on .text { position: relative; z-index: 1; display: inline-block; overflow: hidden; vertical-align: bottom; }
  #grid tr.frozen td.runs-on { z-index: 3; }
  #grid th { background: #f8f9fa; color: #5f6368; font-weight: 400; font-size: 11px; text-align: center; vertical-align: middle; position: sticky; top: 0; z-index: 3; }
  #grid tbody th { left: 0; z-index: 2; }
  #grid th.corner { left: 0; z-index: 5; }
  #grid tr.frozen td, #grid tr.frozen th { position: sticky; z-index: 2; }
  #grid tr.frozen th { z-index: 4; }
  #grid td.frozen-col { position: sticky; z-index: 2; }
  #grid thead th.frozen-col { z-index: 4; }
  #grid tr.frozen td.frozen-col { z-index: 3; }
  #grid tr.freeze-edge td, #grid tr.freeze-edge th { border-bottom: 4px solid #c0c0c0; }
  #grid .freeze-edge-col { border-right: 4px solid #c0c0c0; }
  #grid td.wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
  #grid td.checkbox { text-align: center !important; vertical-align: middle; }
  #grid td.checkbox input { margin: 0; width: 14px; height: 14px; accent-color: #1a73e8; cursor: pointer; }
  #grid td.dropdown { position: relative; padding-right: 16px; }
  #grid td.dropdown::after { content: "▾"; position: absolute; right: 4px; bottom: 1px; color: #5f6368; font-size: 11px; }
  #grid td.has-note { background-image: linear-gradient(225deg, #f29900 5px, transparent 5px); }
  #grid td.has-error { background-image: linear-gradient(225deg, #d93025 5px, transparent 5px); }
  #grid td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; }
  .cell-editor { position: absolute; z-index: 10; box-sizing: border-box; font: 10pt Arial, sans-serif; border: 2px solid #1a73e8; padding: 0 3px; background: #fff; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
  select.cell-editor { height: auto !important; }
  #context-menu { position: fixed; z-index: 20; background: #fff; border: 1px solid #dadce0; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: 4px 0; display: flex; flex-direction: column; min-width: 200px; }
  #context-menu[hidden] { display: none; }
  #context-menu button { border: 0; border-radius: 0; text-align: left; padding: 6px 16px; }
  #context-menu button:hover, #context-menu button:focus { background: #f1f3f4; }
  #tabs { display: flex; flex-wrap: nowrap; gap: 2px; padding: 4px 16px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; white-space: nowrap; flex: none; }
  #tabs button { flex: none; }
  #tabs button[aria-selected="true"] { background: #e8f0fe; color: #174ea6; font-weight: 500; border-color: #1a73e8; }
  aside { width: 300px; flex: none; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  #sidebar-title { padding: 8px 16px; font-weight: 500; border-bottom: 1px solid #dadce0; }
  iframe { width: 300px; flex: 1; border: 0; }
  dialog p { white-space: pre-wrap; max-width: 480px; }
  .dialog-buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; }
</style>
</head>
<body>
<header>
  <h1>Handoff Gate: local emulation of the Google Sheets add-on
    <label><input type="checkbox" id="debug-toggle"> Show gate values (debugging)</label></h1>
  <div id="menu"></div>
  <p id="message" role="status"></p>
</header>
<div class="layout">
  <main class="workbook">
    <section id="gates" aria-label="Gate values" hidden></section>
    <div class="formula-row"><span id="cell-name" aria-label="Selected cell"></span><span class="fx">fx</span>
      <input id="formula-bar" type="text" aria-label="Formula bar: what the selected cell holds"></div>
    <div class="grid-wrap"><table id="grid" tabindex="0"></table></div>
    <nav id="tabs" role="tablist" aria-label="Sheets"></nav>
  </main>
  <aside aria-label="Add-on sidebar">
    <div id="sidebar-title">Sidebar</div>
    <iframe id="sidebar" title="Handoff Gate sidebar" width="300"></iframe>
  </aside>
</div>
<div id="context-menu" role="menu" aria-label="Rows and columns" hidden></div>
<dialog id="dialog" aria-label="Add-on dialog"></dialog>
<script src="/page.js"></script>
</body>
</html>`;
}

/** What the frame shows while no sidebar is open. */
export function sidebarPlaceholder(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sidebar closed</title></head>
<body style="font-family: system-ui, sans-serif; font-size: 13px; padding: 16px; color: #5f6368">
<p>No sidebar is open. Use Extensions › Handoff Gate › Open sidebar.</p></body></html>`;
}
