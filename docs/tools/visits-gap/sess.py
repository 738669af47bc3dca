import json,csv,collections,sys,statistics
import replica
res,truthdir=sys.argv[1],sys.argv[2]
variants=[tuple(int(x) for x in v.split(',')) for v in sys.argv[3:]]  # enter,exit,timeout,min (s)
P=list(replica.positions(res))
tv=list(csv.DictReader(open(truthdir+'/visits.csv')))
tc=collections.Counter(r['zone'] for r in tv)
td=collections.defaultdict(list)
for r in tv: td[r['zone']].append((int(r['exit_ts'])-int(r['enter_ts']))/1000)
def pct(a,q):
    a=sorted(a); 
    if not a: return float('nan')
    k=(len(a)-1)*q/100; f=int(k); c=min(f+1,len(a)-1); return a[f]+(a[c]-a[f])*(k-f)
def run(E,X,T,M):
    return replica.visits(P,E,X,T,M)
for v in variants:
    out=run(*v)
    ec=collections.Counter(x[1] for x in out); ed=collections.defaultdict(list)
    devs=collections.defaultdict(set)
    for x in out: ed[x[1]].append((x[3]-x[2])/1000); devs[x[1]].add(x[0])
    ve=[];de=[]
    for z in tc:
        if tc[z]<5: continue
        n=ec.get(z,0) if len(devs[z])>=5 else 0
        ve.append(abs(n-tc[z])/tc[z])
        if len(devs[z])>=5: de.append(abs(pct(ed[z],50)-pct(td[z],50))/pct(td[z],50))
    ve.sort(); de.sort()
    print(v,'visits',len(out),'median err %.3f within10 %.3f | dwell median %.3f within15 %.3f'%(statistics.median(ve),sum(e<=0.1 for e in ve)/len(ve),statistics.median(de),sum(e<=0.15 for e in de)/len(de)))
