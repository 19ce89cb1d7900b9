// newsprobe page: speaker tooltips on hover and keyboard focus, evidence highlighting, file drop,
// a size check before submitting, one submit at a time.
(function () {
  "use strict";
  var tip = document.getElementById("speaker-tip");
  function show(mark) {
    if (!tip) return;
    tip.textContent = "Speaker: " + mark.getAttribute("data-speaker");
    var box = mark.getBoundingClientRect();
    tip.style.left = Math.max(8, box.left + window.scrollX) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    tip.hidden = false;
    mark.setAttribute("aria-describedby", "speaker-tip");
  }
  function hide(mark) {
    if (tip) tip.hidden = true;
    if (mark) mark.removeAttribute("aria-describedby");
  }
  document.querySelectorAll("mark.quote").forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { show(mark); });
    mark.addEventListener("focus", function () { show(mark); });
    mark.addEventListener("mouseleave", function () { if (document.activeElement !== mark) hide(mark); });
    mark.addEventListener("blur", function () { hide(mark); });
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(document.activeElement); });

  // The evidence an evidence link leads to: every segment of it highlighted, its start focused.
  function showEvidence() {
    var target = decodeURIComponent(location.hash.slice(1));
    document.querySelectorAll(".evidence.current").forEach(function (el) { el.classList.remove("current"); });
    if (target.indexOf("ev-") !== 0) return;
    document.querySelectorAll(".evidence").forEach(function (el) {
      if ((el.getAttribute("data-evidence") || "").split(" ").indexOf(target) >= 0) el.classList.add("current");
    });
    var start = document.getElementById(target);
    if (start) start.focus();
  }
  window.addEventListener("hashchange", showEvidence);
  showEvidence();

  var form = document.getElementById("check-form");
  var drop = document.getElementById("drop");
  var file = document.getElementById("file");
  if (form && drop && file) {
    var text = document.getElementById("text");
    var problem = document.getElementById("client-error");
    var limit = parseInt(form.getAttribute("data-max-bytes"), 10);
    // Over the server's limit the request would be refused unread, and the pasted text lost with the page: say so here.
    function tooLarge() {
      var size = file.files.length ? file.files[0].size : new Blob([text.value]).size;
      if (size <= limit) return null;
      var what = file.files.length ? "The file " + file.files[0].name + " is " : "The text is ";
      return what + size.toLocaleString("en") + " bytes; this server checks articles up to " + limit.toLocaleString("en") + " bytes.";
    }
    ["dragenter", "dragover"].forEach(function (name) {
      document.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      document.addEventListener(name, function () { drop.classList.remove("over"); });
    });
    document.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        file.files = event.dataTransfer.files;
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", function (event) {
      var message = tooLarge();
      problem.hidden = !message;
      problem.textContent = message || "";
      if (message) {
        event.preventDefault();
        return;
      }
      var button = document.getElementById("submit");
      button.disabled = true;
      button.textContent = "Checking…";
    });
  }
})();
