// Highlight the passage a link points at: #span-START-END, offsets in Unicode code points
// into the document's text, as the newsbook library computes them (Python string indices).
(function () {
  "use strict";

  function clearMarks() {
    document.querySelectorAll("mark.provenance").forEach(function (mark) {
      var parent = mark.parentNode;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parent.normalize();
    });
    document.querySelectorAll("p.para.target").forEach(function (p) { p.classList.remove("target"); });
  }

  // Wrap code points [from, to) of element's text in a <mark>, walking its text nodes.
  function markRange(element, from, to) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var position = 0, node, pieces = [];
    while ((node = walker.nextNode())) {
      var chars = Array.from(node.data);
      var a = Math.max(from - position, 0), b = Math.min(to - position, chars.length);
      if (a < b) pieces.push([node, chars, a, b]);
      position += chars.length;
    }
    pieces.forEach(function (piece) {
      var node = piece[0], chars = piece[1], a = piece[2], b = piece[3];
      var mark = document.createElement("mark");
      mark.className = "provenance";
      mark.textContent = chars.slice(a, b).join("");
      var after = document.createTextNode(chars.slice(b).join(""));
      node.data = chars.slice(0, a).join("");
      node.parentNode.insertBefore(mark, node.nextSibling);
      mark.parentNode.insertBefore(after, mark.nextSibling);
    });
  }

  function highlight() {
    var match = /^#span-(\d+)-(\d+)$/.exec(window.location.hash);
    clearMarks();
    if (!match) return;
    var start = parseInt(match[1], 10), end = parseInt(match[2], 10), first = null;
    document.querySelectorAll("span.ptext").forEach(function (span) {
      var pStart = parseInt(span.dataset.start, 10), pEnd = parseInt(span.dataset.end, 10);
      if (pEnd <= start || pStart >= end) return;
      markRange(span, Math.max(start, pStart) - pStart, Math.min(end, pEnd) - pStart);
      span.parentNode.classList.add("target");
      if (!first) first = span.parentNode;
    });
    if (first) first.scrollIntoView({ block: "center" });
  }

  window.addEventListener("hashchange", highlight);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", highlight);
  } else {
    highlight();
  }
})();
