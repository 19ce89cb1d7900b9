// newsprobe page: speaker tooltips on hover and keyboard focus, file drop, one submit at a time.
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

  var form = document.getElementById("check-form");
  var drop = document.getElementById("drop");
  var file = document.getElementById("file");
  if (form && drop && file) {
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
        form.submit();
      }
    });
    form.addEventListener("submit", function () {
      var button = document.getElementById("submit");
      button.disabled = true;
      button.textContent = "Checking…";
    });
  }
})();
