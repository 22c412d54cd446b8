// Inside a club's page: tells the page around the frame how tall the app's content is,
// each time it changes, so the few lines of docs/embed-snippet.html can fit the frame to it
// (docs/hosting.md). Only a height crosses, so any page may hear it. index.html loads this
// only in a frame; the app itself knows nothing of it.
(function () {
  if (window.parent === window) return;
  var reported = 0;
  var pending = false;
  // The content's own extent: the body is at least the frame high, so its children are
  // measured, through any that draw no box of their own (the app's root).
  var lowestChild = function (element) {
    var bottom = 0;
    for (var child = element.firstElementChild; child; child = child.nextElementSibling) {
      bottom = Math.max(bottom, bottomOf(child));
    }
    return bottom;
  };
  var bottomOf = function (element) {
    var box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return lowestChild(element);
    return box.bottom + (parseFloat(getComputedStyle(element).marginBottom) || 0);
  };
  var report = function () {
    pending = false;
    var height = Math.ceil(lowestChild(document.body) + window.scrollY);
    if (height > 0 && height !== reported) {
      reported = height;
      window.parent.postMessage({ kneeCheckHeight: height }, '*');
    }
  };
  var soon = function () {
    if (!pending) {
      pending = true;
      requestAnimationFrame(report);
    }
  };
  var start = function () {
    new MutationObserver(soon).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    new ResizeObserver(soon).observe(document.body);
    soon();
  };
  if (document.body) start(); else addEventListener('DOMContentLoaded', start);
})();
