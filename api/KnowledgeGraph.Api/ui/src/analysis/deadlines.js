// Thời hạn (deadline) checks over the tasks of a cascade: overdue as of a date and yearly deadlines expanded into a
// calendar. Local deadlines later than the central one come from the server (laterThanCentral).

/**
 * Tasks whose deadline has passed as of `asOf` (the deadline day itself is not yet overdue), earliest first:
 * [{ task, due, yearly }]. A fixed date counts once; a yearly deadline counts with its occurrence in the year of
 * `asOf` (the analyst asks "which of this year's deadlines are behind us").
 */
export function overdue(tasks, asOf) {
  const year = Number(asOf.slice(0, 4));
  const out = [];
  for (const t of tasks) {
    const d = t.deadline;
    if (d?.date) { if (d.date.slice(0, 10) < asOf) out.push({ task: t, due: d.date.slice(0, 10), yearly: false }); }
    else if (isYearly(d)) { const due = `${year}-${clampDay(year, d.monthDay)}`; if (due < asOf) out.push({ task: t, due, yearly: true }); }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.task.key.localeCompare(b.task.key));
}

const isYearly = (d) => !!d?.monthDay && /^\d{2}-\d{2}$/.test(d.monthDay) && (d.recurrence ?? "yearly") === "yearly";

/** Yearly deadlines (recurrence "yearly" with a month and day): [{ task, monthDay, date }] for `year`, by date. */
export function yearlyCalendar(tasks, year) {
  return tasks.filter((t) => isYearly(t.deadline))
    .map((t) => ({ task: t, monthDay: t.deadline.monthDay, date: `${year}-${clampDay(year, t.deadline.monthDay)}` }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.task.key.localeCompare(b.task.key));
}

// 29 February in a year without it falls on the 28th.
function clampDay(year, md) {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return md === "02-29" && !leap ? "02-28" : md;
}
