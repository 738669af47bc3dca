# usage: python3 mkvisits.py RESULTS ERR.csv|- OUT.pkl: the sessionizer replica's visits (and ErrorDump's device -> person) for proto2.py
# positions.jsonl -> visits (replica of VisitTracker, bundled defaults), plus device -> person from ErrorDump csv
import csv,json,collections,sys,pickle
res, errcsv, out = sys.argv[1], sys.argv[2], sys.argv[3]
ENTER,EXIT,TIMEOUT,MIN=15000,90000,120000,30000
def vz(z): return z and (z.startswith('st-') or z.startswith('fc'))
dev2p={}
if errcsv!='-':
    for r in csv.DictReader(open(errcsv)): dev2p.setdefault(r['device'],r['person'])
st={}; V=[]; first={}; last={}
def close(d,s):
    if s['lastIn']-s['enter']>=MIN: V.append((d,s['zone'],s['enter'],s['lastIn']))
    s['zone']=None
for line in open(res+'/positions.jsonl'):
    r=json.loads(line); d=r['device']; ts=r['ts']; z=r.get('zone'); z=z if vz(z) else None
    first.setdefault(d,ts); last[d]=ts
    s=st.setdefault(d,{'zone':None,'enter':0,'lastIn':0,'cand':None,'cs':0,'last':0})
    if s['zone'] and ts-s['last']>TIMEOUT: close(d,s)
    s['last']=max(s['last'],ts)
    if z and z==s['zone']: s['lastIn']=ts; s['cand']=None
    else:
        if s['zone'] and ts-s['lastIn']>=EXIT: close(d,s)
        if z is None: s['cand']=None
        else:
            if z!=s['cand']: s['cand']=z; s['cs']=ts
            if ts-s['cs']>=ENTER:
                if s['zone']: close(d,s)
                s['zone']=z; s['enter']=s['cs']; s['lastIn']=ts; s['cand']=None
for d,s in st.items():
    if s['zone']: close(d,s)
pickle.dump({'visits':V,'dev2p':dev2p,'first':first,'last':last},open(out,'wb'))
print(len(V),'visits',len(first),'devices')
