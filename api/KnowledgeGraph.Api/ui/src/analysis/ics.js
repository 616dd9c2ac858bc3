// iCalendar (RFC 5545) export of yearly deadlines: one all-day VEVENT per task, repeating every year.

const escape = (s) => String(s ?? "").replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

// Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence.
function fold(line) {
  const bytes = new TextEncoder();
  const out = [];
  let current = "";
  for (const ch of line) {
    if (bytes.encode(current + ch).length > (out.length ? 74 : 75)) { out.push(current); current = ""; }
    current += ch;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** entries: [{ task, date, document }] from yearlyCalendar; stamp: a UTC timestamp yyyymmddThhmmssZ. */
export function toIcs(entries, { stamp, name }) {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//KnowledgeGraph//Thoi han hang nam//VI", "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escape(name)}`];
  for (const { task, date, document } of entries) {
    const day = date.replaceAll("-", "");
    const lead = (task.lead ?? []).map((u) => u.name).join(", ");
    lines.push("BEGIN:VEVENT", `UID:${escape(task.key)}@kg`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${day}`, "RRULE:FREQ=YEARLY",
      `SUMMARY:${escape(`${lead ? lead + ": " : ""}${task.text.slice(0, 120)}`)}`,
      `DESCRIPTION:${escape(`${task.text}\nThời hạn: ${task.deadline.text}${document ? `\nVăn bản: ${document.code ?? document.key}` : ""}`)}`,
      "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
