# Devices carried per shopper (the most truth rows with an address at one instant), for vmatch.py.
# usage: python3 phones.py TRUTH_DIR OUT.json
import json, collections, sys
per = collections.defaultdict(collections.Counter)
for line in open(sys.argv[1] + '/truth.jsonl'):
    r = json.loads(line)
    if r['person'].startswith('staff'):
        continue
    per[r['person']][r['ts']] += 1 if (r.get('device') or r.get('ble')) else 0
json.dump({p: max(c.values()) for p, c in per.items()}, open(sys.argv[2], 'w'))
