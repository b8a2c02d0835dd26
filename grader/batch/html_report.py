"""RESULTS/report.html: the instructor's one-file view of a batch (numbers, charts, a sortable table, feedback)."""

from __future__ import annotations

import statistics
from collections import Counter
from html import escape
from importlib.resources import files
from string import Template

from grader.batch.summary_csv import outcome_columns, outcome_statuses, passed_everything, sorted_records
from grader.checker import PlannedOutcome

ASSETS = files(__package__) / "report_assets"
BINS = 10
BATCH_WORDS = {"graded": "graded", "cannot_grade": "cannot grade", "timed_out": "timed out", "crashed": "crashed"}
FIXED_KEYS = ("learner", "score", "status")
FEEDBACK_PARTS = (("did", "What we did"), ("expected", "Expected"), ("got", "Got"), ("hint", "Hint"),
                  ("reproduce", "Reproduce"))
CHART_WIDTH, CHART_HEIGHT, CHART_TOP, CHART_BOTTOM = 640, 240, 22, 34


def render_report_html(records: list[dict], planned: list[PlannedOutcome], step: str, title: str) -> str:
    """The whole report as one self-contained HTML page; every piece of learner text is escaped."""
    records = sorted_records(records)
    columns = outcome_columns(records, planned)
    titles = {p.id: p.title for p in planned}
    for record in records:
        for outcome in record["result"]["outcomes"]:
            titles.setdefault(outcome["id"], outcome["title"])
    graded = [r for r in records if r["batch"]["status"] == "graded"]
    left_out = _left_out_note(len(records) - len(graded))
    body = "\n".join([
        _headline(records, graded),
        _histogram(graded, left_out),
        _pass_rates(graded, columns, titles, left_out),
        _table(records, columns, titles),
        _feedback(records, titles),
    ])
    page = Template((ASSETS / "page.html").read_text(encoding="utf-8"))
    return page.substitute(
        title=escape(f"{step}: {title}"),
        style=(ASSETS / "report.css").read_text(encoding="utf-8"),
        script=(ASSETS / "report.js").read_text(encoding="utf-8"),
        body=body,
    )


def percent(record: dict) -> float:
    """The learner's score as a percentage of their maximum (0 when the maximum is 0)."""
    result = record["result"]
    return 100 * result["score"] / result["max_score"] if result["max_score"] else 0.0


def _headline(records: list[dict], graded: list[dict]) -> str:
    scores = [percent(r) for r in graded]
    tally = Counter(r["batch"]["status"] for r in records)
    others = [f"{tally[status]} {word}" for status, word in BATCH_WORDS.items() if status != "graded" and tally[status]]
    numbers = [
        ("learners", "Learners", str(len(records)), ""),
        ("graded", "Graded", str(len(graded)), ", ".join(others)),
        ("mean", "Mean score", _percent_text(statistics.fmean(scores)) if scores else "–", "of the graded"),
        ("median", "Median score", _percent_text(statistics.median(scores)) if scores else "–", "of the graded"),
        ("passed-all", "Passed everything", str(sum(1 for r in records if passed_everything(r))),
         f"of {len(graded)} graded"),
    ]
    items = "".join(f'<div><dt>{label}</dt><dd id="{key}">{value}</dd><dd class="aside">{escape(aside)}</dd></div>'
                    for key, label, value, aside in numbers)
    return (f'<section id="headline"><h2>In numbers</h2><dl class="numbers">{items}</dl>'
            "<p class=\"note\">Scores are percentages of each learner's maximum.</p></section>")


def _histogram(graded: list[dict], left_out: str) -> str:
    counts = [0] * BINS
    for record in graded:
        counts[min(int(percent(record) // (100 / BINS)), BINS - 1)] += 1
    tallest = max(counts) or 1
    slot = CHART_WIDTH / BINS
    plot = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM
    bars = []
    for index, count in enumerate(counts):
        height = plot * count / tallest
        x, y = index * slot, CHART_TOP + plot - height
        low = index * 100 // BINS
        label = f"{low}–{low + 100 // BINS - 1}" if index < BINS - 1 else f"{low}–100"
        learners = f"{count} learner{'s' if count != 1 else ''}"
        bars.append(
            f'<g class="bin" data-bin="{label}"><title>{learners} scored {label}%</title>'
            f'<rect x="{x + 4:.1f}" y="{y:.1f}" width="{slot - 8:.1f}" height="{height:.1f}"></rect>'
            f'<text class="count" x="{x + slot / 2:.1f}" y="{y - 6:.1f}">{count}</text>'
            f'<text class="label" x="{x + slot / 2:.1f}" y="{CHART_HEIGHT - 12}">{label}%</text></g>')
    axis = CHART_TOP + plot
    return (f'<section id="distribution"><h2>Score distribution</h2>'
            f'<svg id="histogram" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" width="{CHART_WIDTH}" '
            f'height="{CHART_HEIGHT}" role="img" aria-label="How many graded learners scored in each band of 10%">'
            f'<line x1="0" y1="{axis}" x2="{CHART_WIDTH}" y2="{axis}"></line>{"".join(bars)}</svg>'
            f'<p class="note">Graded learners per band of their score (percent of their maximum).{left_out}</p>'
            "</section>")


def _pass_rates(graded: list[dict], columns: list[str], titles: dict[str, str], left_out: str) -> str:
    tallies = {outcome_id: [0, 0] for outcome_id in columns}
    for record in graded:
        for outcome_id, status in outcome_statuses(record).items():
            tallies[outcome_id][0] += status == "pass"
            tallies[outcome_id][1] += 1
    rows = sorted(((passes / total, index, outcome_id, passes, total)
                   for index, (outcome_id, (passes, total)) in enumerate(tallies.items()) if total),
                  key=lambda row: row[:2])
    items = "".join(
        f'<li data-outcome="{escape(outcome_id)}"><span class="name"><b>{escape(_short(outcome_id))}</b> '
        f'{escape(titles[outcome_id])}</span><span class="bar"><span style="width:{100 * rate:.1f}%"></span></span>'
        f'<span class="rate">{_whole_percent(rate)}</span><span class="of">{passes} of {total}</span></li>'
        for rate, _, outcome_id, passes, total in rows)
    return (f'<section id="outcomes"><h2>Pass rate per outcome, hardest first</h2><ol class="rates">{items}</ol>'
            f'<p class="note">Share of the graded learners with this outcome who passed it.{left_out}</p></section>')


def _table(records: list[dict], columns: list[str], titles: dict[str, str]) -> str:
    keys = _column_keys(columns)
    heads = ['<th data-key="learner" aria-sort="ascending"><button type="button">Learner</button></th>',
             '<th data-key="score" data-type="number"><button type="button">Score</button></th>',
             '<th data-key="status"><button type="button">Status</button></th>']
    heads += [f'<th data-key="{escape(keys[outcome_id])}" data-type="outcome" title="{escape(titles[outcome_id])}">'
              f'<button type="button">{escape(_short(outcome_id))}</button></th>' for outcome_id in columns]
    rows = []
    for index, record in enumerate(records):
        statuses = outcome_statuses(record)
        cells = "".join(f'<td class="{statuses[i]}">{statuses[i]}</td>' if i in statuses else "<td></td>"
                        for i in columns)
        rows.append(f'<tr data-order="{index}"><td><a href="#fb-{index}">{escape(record["learner"])}</a></td>'
                    f'<td data-sort="{percent(record):.4f}">{_score_text(record)}</td>'
                    f'<td>{BATCH_WORDS.get(record["batch"]["status"], escape(record["batch"]["status"]))}</td>'
                    f"{cells}</tr>")
    return (f'<section id="learners"><h2>Learners</h2><p class="note">Click a column to sort it; the address '
            f'then links to this view (e.g. <code>#sort=score-desc</code>).</p><div class="scroll">'
            f'<table id="learners-table"><thead><tr>{"".join(heads)}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def _feedback(records: list[dict], titles: dict[str, str]) -> str:
    blocks = []
    for index, record in enumerate(records):
        batch = record["batch"]
        missed = [o for o in record["result"]["outcomes"] if o["status"] != "pass"]
        parts = []
        if batch["status"] != "graded":
            parts.append(f'<p class="reason">Not graded ({BATCH_WORDS.get(batch["status"], "")}): '
                         f'{escape(batch["reason"])}</p>')
        parts += [_outcome_feedback(o, titles) for o in missed]
        if not parts:
            parts.append('<p class="all-passed">Every outcome passed.</p>')
        summary = f"{len(missed)} not passed" if missed else "everything passed"
        blocks.append(f'<details id="fb-{index}"><summary><span class="who">{escape(record["learner"])}</span> · '
                      f'{_score_text(record)} · {summary}</summary>{"".join(parts)}</details>')
    return f'<section id="feedback"><h2>Feedback per learner</h2>{"".join(blocks)}</section>'


def _outcome_feedback(outcome: dict, titles: dict[str, str]) -> str:
    feedback = outcome["feedback"]
    parts = "".join(f"<dt>{label}</dt><dd><pre>{escape(feedback[key])}</pre></dd>"
                    for key, label in FEEDBACK_PARTS if feedback.get(key))
    return (f'<article class="{escape(outcome["status"])}"><h3><b>{escape(_short(outcome["id"]))}</b> '
            f'{escape(titles.get(outcome["id"], outcome["title"]))} <span class="status">{escape(outcome["status"])} '
            f'· {outcome["points"]:g} / {outcome["max_points"]:g}</span></h3><dl>{parts}</dl></article>')


def _column_keys(columns: list[str]) -> dict[str, str]:
    """The sort key of each outcome column in `#sort=KEY-asc`: the id without `step-N/`, unless that is ambiguous."""
    shorts = {c: _short(c) for c in columns}
    uses = Counter(shorts.values())
    return {c: s if uses[s] == 1 and s not in FIXED_KEYS else c for c, s in shorts.items()}


def _short(outcome_id: str) -> str:
    head, _, rest = outcome_id.partition("/")
    return rest if head.startswith("step-") and rest else outcome_id


def _score_text(record: dict) -> str:
    return f'{record["result"]["score"]:g} / {record["result"]["max_score"]:g}'


def _percent_text(value: float) -> str:
    return f"{round(value, 1):g}%"


def _whole_percent(rate: float) -> str:
    return f"{int(100 * rate + 0.5)}%"


def _left_out_note(count: int) -> str:
    if not count:
        return ""
    plural = count != 1
    return f" {count} learner{'s' if plural else ''} who could not be graded {'are' if plural else 'is'} left out."
