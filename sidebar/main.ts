// Sidebar entry point: renders the walkthrough of the active handoff.
const status = document.getElementById("status");
if (status) status.textContent = "Open a handoff tab to begin.";
