"""Reads a calendar file with Python's icalendar (Debian's python3-icalendar),
independently of Waymark, and prints its events as JSON: each one's UID,
summary, location, status and description, and its start and end as UTC
times when it has a time, as dates when it is a whole day.

The file's own zone rules (VTIMEZONE) are read apart from the zone database
the times are converted with: both must give every time the same offset.

    /usr/bin/python3 tests/tools/ics_events.py FILE.ics
"""
import datetime
import json
import sys

from icalendar import Calendar

cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
rules = {str(z.get('tzid')): z.to_tz() for z in cal.walk('VTIMEZONE')}


def when(event, key):
    prop = event.get(key)
    value = prop.dt
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    if value.tzinfo is None:
        return value.strftime('%Y-%m-%dT%H:%M')
    own = rules[str(prop.params['TZID'])].localize(value.replace(tzinfo=None))
    assert own.utcoffset() == value.utcoffset(), (key, str(value), str(own))
    return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%MZ')


out = []
for e in cal.walk('VEVENT'):
    out.append({
        'uid': str(e.get('uid')),
        'summary': str(e.get('summary')),
        'location': str(e.get('location') or ''),
        'status': str(e.get('status') or ''),
        'description': str(e.get('description') or ''),
        'start': when(e, 'dtstart'),
        'end': when(e, 'dtend'),
    })
print(json.dumps(out))
