import csv,json,collections,sys
res, truthdir, errcsv = sys.argv[1], sys.argv[2], sys.argv[3]
# the bundled sessionizer (session 6; before it, exit after 30 s)
ENTER,EXIT,TIMEOUT,MIN=15000,90000,120000,30000
def vz(z): return z and (z.startswith('st-') or z.startswith('fc'))
dev2p={}
for r in csv.DictReader(open(errcsv)): dev2p.setdefault(r['device'],r['person'])
# replicate VisitTracker
st={}; out=[]
def close(d,s):
    if s['lastIn']-s['enter']>=MIN: out.append((d,s['zone'],s['enter'],s['lastIn']))
    s['zone']=None
for line in open(res+'/positions.jsonl'):
    r=json.loads(line); d=r['device']; ts=r['ts']; z=r.get('zone'); z=z if vz(z) else None
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
cnt=collections.Counter(v[1] for v in out)
zs={r['zone']:int(r['visits'] or 0) for r in csv.DictReader(open(res+'/zone_stats.csv'))}
print('replica mismatch zones', sum(1 for z in zs if zs[z]!=cnt.get(z,0)), 'of', len(zs))
tv=[r for r in csv.DictReader(open(truthdir+'/visits.csv')) if not r['person'].startswith('staff')]
p2devs=collections.defaultdict(set)
for d,p in dev2p.items(): p2devs[p].add(d)
estby=collections.defaultdict(list)
for v in out: estby[(dev2p.get(v[0]),v[1])].append(v)
# truth device-visits: each truth visit x each device of the person -> match any est visit of that device in zone overlapping
cat=collections.Counter(); missed=[]
used=set()
for r in tv:
    p=r['person']; z=r['zone']; a=int(r['enter_ts']); b=int(r['exit_ts'])
    for d in p2devs.get(p,()):
        m=[v for v in estby[(p,z)] if v[0]==d and v[2]<b+60000 and v[3]>a-60000]
        if m:
            cat['hit']+=1; used.update(m)
        else:
            cat['miss']+=1; missed.append((z,(b-a)/1000,d,p,a,b))
fals=[v for v in out if v not in used]
print(cat, 'est visits',len(out),'unmatched est',len(fals))
md=sorted(x[1] for x in missed); n=len(md)
print('missed truth dur quantiles',[md[int(n*q)] for q in (.1,.25,.5,.75,.9)])
print('missed in fc',sum(1 for x in missed if x[0].startswith('fc')))
fd=sorted((v[3]-v[2])/1000 for v in fals); n=len(fd)
print('false est dur quantiles',[fd[int(n*q)] for q in (.1,.25,.5,.75,.9)], 'in fc', sum(1 for v in fals if v[1].startswith('fc')))
json.dump({'missed':missed,'false':fals},open(res+'/vdiag.json','w'))
