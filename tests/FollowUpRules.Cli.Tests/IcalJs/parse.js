// Usage: node parse.js file.ics -> prints {"prodid", "version", "events": [{uid, dtstamp, start, isDate, end, summary, description}]}
const fs = require('fs');
const ICAL = require('ical.js');
const text = fs.readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map(v => {
  const e = new ICAL.Event(v);
  return {
    uid: e.uid,
    dtstamp: v.getFirstPropertyValue('dtstamp').toString(),
    start: e.startDate.toString(),
    isDate: e.startDate.isDate,
    end: e.endDate.toString(),
    summary: e.summary,
    description: e.description,
  };
});
console.log(JSON.stringify({
  prodid: calendar.getFirstPropertyValue('prodid'),
  version: calendar.getFirstPropertyValue('version'),
  events,
}));
