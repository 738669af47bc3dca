import json,csv,collections,sys,statistics
res,truthdir=sys.argv[1],sys.argv[2]
variants=[tuple(int(x) for x in v.split(',')) for v in sys.argv[3:]]  # enter,exit,timeout,min (s)
def vz(z): return z and (z.startswith('st-') or z.startswith('fc'))
P=[]
for line in open(res+'/positions.jsonl'):
    r=json.loads(line); z=r.get('zone'); P.append((r['device'],r['ts'],z if vz(z) else None))
tv=list(csv.DictReader(open(truthdir+'/visits.csv')))
tc=collections.Counter(r['zone'] for r in tv)
td=collections.defaultdict(list)
for r in tv: td[r['zone']].append((int(r['exit_ts'])-int(r['enter_ts']))/1000)
def pct(a,q):
    a=sorted(a); 
    if not a: return float('nan')
    k=(len(a)-1)*q/100; f=int(k); c=min(f+1,len(a)-1); return a[f]+(a[c]-a[f])*(k-f)
def run(E,X,T,M):
    E,X,T,M=E*1000,X*1000,T*1000,M*1000
    st={}; out=[]
    def close(d,s):
        if s['lastIn']-s['enter']>=M: out.append((d,s['zone'],s['enter'],s['lastIn']))
        s['zone']=None
    for d,ts,z in P:
        s=st.get(d)
        if s is None: s=st[d]={'zone':None,'enter':0,'lastIn':0,'cand':None,'cs':0,'last':0}
        if s['zone'] and ts-s['last']>T: close(d,s)
        s['last']=max(s['last'],ts)
        if z and z==s['zone']: s['lastIn']=ts; s['cand']=None
        else:
            if s['zone'] and ts-s['lastIn']>=X: close(d,s)
            if z is None: s['cand']=None
            else:
                if z!=s['cand']: s['cand']=z; s['cs']=ts
                if ts-s['cs']>=E:
                    if s['zone']: close(d,s)
                    s['zone']=z; s['enter']=s['cs']; s['lastIn']=ts; s['cand']=None
    for d,s in st.items():
        if s['zone']: close(d,s)
    return out
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
