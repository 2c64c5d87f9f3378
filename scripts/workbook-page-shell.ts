// The static HTML of the local page (`npm start`): menu bar, workbook grid and tabs, sidebar frame.

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
  header { padding: 8px 16px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  header h1 { font-size: 16px; font-weight: 500; margin: 0 0 8px; }
  .menu { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  .menu-caption { font-weight: 500; }
  button { font: inherit; padding: 4px 12px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; cursor: pointer; }
  button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
  #message { min-height: 18px; margin: 8px 0 0; color: #5f6368; }
  .layout { flex: 1; display: flex; min-height: 0; }
  .workbook { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  #gates { padding: 8px 16px; border-bottom: 1px solid #dadce0; }
  #gates h2 { font-size: 13px; margin: 0 0 4px; }
  #gates ul { margin: 0; padding-left: 16px; }
  .grid-wrap { flex: 1; overflow: auto; }
  table { border-collapse: collapse; table-layout: fixed; }
  th, td { border: 1px solid #e2e3e3; padding: 2px 4px; height: 21px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 400px; }
  th { background: #f8f9fa; color: #5f6368; font-weight: 400; position: sticky; top: 0; }
  tbody th { position: sticky; left: 0; width: 40px; }
  td.wrap { white-space: pre-wrap; }
  td.has-note { background-image: linear-gradient(225deg, #f29900 6px, transparent 6px); }
  td.has-error { outline: 1px dashed #d93025; }
  tr.frozen td { border-bottom-color: #c0c0c0; }
  #tabs { display: flex; gap: 2px; padding: 4px 16px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; }
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
  <h1>Handoff Gate: local emulation of the Google Sheets add-on</h1>
  <div id="menu"></div>
  <p id="message" role="status"></p>
</header>
<div class="layout">
  <main class="workbook">
    <section id="gates" aria-label="Gate values"></section>
    <div class="grid-wrap"><table id="grid"></table></div>
    <nav id="tabs" role="tablist" aria-label="Sheets"></nav>
  </main>
  <aside aria-label="Add-on sidebar">
    <div id="sidebar-title">Sidebar</div>
    <iframe id="sidebar" title="Handoff Gate sidebar" width="300"></iframe>
  </aside>
</div>
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
