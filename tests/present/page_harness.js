// Runs the page's script under Node with a minimal DOM, answering fetch() from a JSON map of
// url -> {status, body} given on stdin, then prints the rendered text of the incidents view.
// Used by test_web_incidents.py (skipped when node is absent); no browser, no dependency.
"use strict";
const fs = require("fs");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
class Node {
  constructor(tag) { this.tagName = tag.toUpperCase(); this.children = []; this._text = ""; this.dataset = {}; this.attrs = {}; this.hidden = false; this.disabled = false; }
  set textContent(v) { this.children = []; this._text = String(v); }
  get textContent() { return this._text + this.children.map(c => c.textContent).join(" "); }
  appendChild(c) { this.children.push(c); return c; }
  replaceChildren(...cs) { this._text = ""; this.children = cs; }
  get firstChild() { return this.children[0]; }
  get lastChild() { return this.children[this.children.length - 1]; }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  addEventListener() {}
  scrollIntoView() {}
  set innerHTML(v) { throw new Error("innerHTML used"); }
}
const byId = {};
global.Node = Node;
global.document = {
  createElement: tag => new Node(tag),
  getElementById: id => (byId[id] = byId[id] || new Node("div")),
};
global.window = { addEventListener() {} };
global.location = { hash: input.hash };
global.fetch = async url => {
  const r = input.responses[url];
  if (!r) throw new Error("unexpected fetch " + url);
  return { ok: r.status < 400, status: r.status, json: async () => r.body };
};
const src = fs.readFileSync(input.page, "utf8").split("<script>")[1].split("</script>")[0];
new Function(src)();
setTimeout(() => {
  const links = [];
  const walk = n => { if (n.tagName === "A") links.push({ text: n._text, href: n.href || null }); n.children.forEach(walk); };
  walk(byId["incident-detail"]);
  process.stdout.write(JSON.stringify({
    list: byId["incident-list"].textContent, detail: byId["incident-detail"].textContent,
    page: byId["page-info"].textContent, status: byId["incident-status"].textContent, links,
    incidentsHidden: byId["incidents-view"].hidden, analyseHidden: byId["analyse-view"].hidden,
  }));
}, 50);
