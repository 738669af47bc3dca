"""A replica of the runtime's VisitTracker (bundled defaults unless given) over positions.jsonl, for the diagnostics here."""
import json

DEFAULTS = (15, 90, 120, 30)  # enter, exit, timeout, minimum dwell (s): the bundled sessionizer since session 6


def visit_zone(z):
    return z if z and (z.startswith('st-') or z.startswith('fc')) else None


def positions(results):
    """(device, ts, visit zone or None) per line of RESULTS/positions.jsonl."""
    for line in open(results + '/positions.jsonl'):
        r = json.loads(line)
        yield r['device'], r['ts'], visit_zone(r.get('zone'))


def visits(points, enter=DEFAULTS[0], exit_=DEFAULTS[1], timeout=DEFAULTS[2], minimum=DEFAULTS[3]):
    """[(device, zone, enter_ts, last_ts_inside)] from (device, ts, zone) points, as VisitTracker cuts them."""
    E, X, T, M = enter * 1000, exit_ * 1000, timeout * 1000, minimum * 1000
    st = {}
    out = []

    def close(d, s):
        if s['lastIn'] - s['enter'] >= M:
            out.append((d, s['zone'], s['enter'], s['lastIn']))
        s['zone'] = None

    for d, ts, z in points:
        s = st.setdefault(d, {'zone': None, 'enter': 0, 'lastIn': 0, 'cand': None, 'cs': 0, 'last': 0})
        if s['zone'] and ts - s['last'] > T:
            close(d, s)
        s['last'] = max(s['last'], ts)
        if z and z == s['zone']:
            s['lastIn'] = ts
            s['cand'] = None
            continue
        if s['zone'] and ts - s['lastIn'] >= X:
            close(d, s)
        if z is None:
            s['cand'] = None
            continue
        if z != s['cand']:
            s['cand'] = z
            s['cs'] = ts
        if ts - s['cs'] >= E:
            if s['zone']:
                close(d, s)
            s['zone'] = z
            s['enter'] = s['cs']
            s['lastIn'] = ts
            s['cand'] = None
    for d, s in st.items():
        if s['zone']:
            close(d, s)
    return out
