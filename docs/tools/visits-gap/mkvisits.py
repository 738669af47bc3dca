# usage: python3 mkvisits.py RESULTS ERR.csv|- OUT.pkl: the sessionizer replica's visits (and ErrorDump's device -> person) for proto2.py
# positions.jsonl -> visits (replica of VisitTracker, bundled defaults), plus device -> person from ErrorDump csv
import csv,sys,pickle
import replica
res, errcsv, out = sys.argv[1], sys.argv[2], sys.argv[3]
dev2p={}
if errcsv!='-':
    for r in csv.DictReader(open(errcsv)): dev2p.setdefault(r['device'],r['person'])
first={}; last={}
def seen(points):
    for d,ts,z in points:
        first.setdefault(d,ts); last[d]=ts
        yield d,ts,z
V=replica.visits(seen(replica.positions(res)))
pickle.dump({'visits':V,'dev2p':dev2p,'first':first,'last':last},open(out,'wb'))
print(len(V),'visits',len(first),'devices')
