// Sorts the learner table: click a column, or open the page with #sort=KEY-asc / #sort=KEY-desc.
(function () {
  "use strict";
  var table = document.getElementById("learners-table");
  if (!table) { return; }
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var body = table.tBodies[0];
  var OUTCOME_RANK = { "": -1, error: 0, fail: 1, skipped: 2, pass: 3 };

  function cellValue(row, column, type) {
    var cell = row.cells[column];
    if (type === "number") { return parseFloat(cell.getAttribute("data-sort")); }
    if (type === "outcome") { return OUTCOME_RANK[cell.textContent] === undefined ? -1 : OUTCOME_RANK[cell.textContent]; }
    return cell.textContent;
  }

  function sortBy(column, direction) {
    var type = heads[column].getAttribute("data-type") || "text";
    var sign = direction === "desc" ? -1 : 1;
    var keyed = Array.prototype.map.call(body.rows, function (row) {
      return { row: row, value: cellValue(row, column, type), order: Number(row.getAttribute("data-order")) };
    });
    keyed.sort(function (a, b) {
      var difference = type === "text" ? a.value.localeCompare(b.value) : a.value - b.value;
      return sign * difference || a.order - b.order;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
    heads.forEach(function (head, index) {
      if (index === column) { head.setAttribute("aria-sort", direction === "desc" ? "descending" : "ascending"); }
      else { head.removeAttribute("aria-sort"); }
    });
  }

  function applyFragment() {
    var hash = decodeURIComponent(window.location.hash.slice(1));
    var match = /^sort=(.+)-(asc|desc)$/.exec(hash);
    if (match) {
      var column = heads.findIndex(function (head) { return head.getAttribute("data-key") === match[1]; });
      if (column >= 0) { sortBy(column, match[2]); }
    } else if (/^fb-\d+$/.test(hash)) {
      var details = document.getElementById(hash);
      if (details) { details.open = true; }
    }
  }

  heads.forEach(function (head, column) {
    head.querySelector("button").addEventListener("click", function () {
      var next = head.getAttribute("aria-sort") === "ascending" ? "desc" : "asc";
      history.replaceState(null, "", "#sort=" + encodeURIComponent(head.getAttribute("data-key")) + "-" + next);
      sortBy(column, next);
    });
  });
  window.addEventListener("hashchange", applyFragment);
  applyFragment();
}());
