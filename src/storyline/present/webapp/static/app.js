// storyline: pick a date range by dragging across the histogram; the range goes into the URL.
"use strict";
(function () {
  const svg = document.getElementById("histogram");
  if (!svg) return;
  const bars = Array.from(svg.querySelectorAll("rect.bar"));
  let first = null;
  let last = null;
  const keyAt = (event) => {
    const box = svg.getBoundingClientRect();
    const index = Math.floor(((event.clientX - box.left) / box.width) * bars.length);
    return Math.max(0, Math.min(bars.length - 1, index));
  };
  const paint = () => {
    const [low, high] = [Math.min(first, last), Math.max(first, last)];
    bars.forEach((bar, i) => bar.classList.toggle("dragging", first !== null && i >= low && i <= high));
  };
  svg.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    first = last = keyAt(event);
    svg.setPointerCapture(event.pointerId);
    paint();
  });
  svg.addEventListener("pointermove", (event) => {
    if (first === null) return;
    last = keyAt(event);
    paint();
  });
  svg.addEventListener("pointerup", (event) => {
    if (first === null) return;
    last = keyAt(event);
    const [low, high] = [Math.min(first, last), Math.max(first, last)];
    first = null;
    const params = new URLSearchParams(svg.dataset.base);
    params.set("from", bars[low].dataset.key);
    params.set("to", bars[high].dataset.key);
    params.delete("offset");
    window.location.search = params.toString();
  });
  svg.addEventListener("click", (event) => event.preventDefault());
})();
