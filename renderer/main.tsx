const root = document.getElementById('root');
window.briefing.listBriefings({}).then((r) => { if (root) root.textContent = JSON.stringify(r); });
