import json,csv,collections,sys
res,truthdir,errcsv,phonesf=sys.argv[1:5]
phones=json.load(open(phonesf))
dev2p={}
for r in csv.DictReader(open(errcsv)): dev2p.setdefault(r['device'],r['person'])
src=open(__import__('os').path.join(__import__('os').path.dirname(__file__), 'vdiag.py')).read().split("cnt=collections.Counter")[0]
src=src.replace("res, truthdir, errcsv = sys.argv[1], sys.argv[2], sys.argv[3]","")
exec(src)
estby=collections.defaultdict(list)
for v in out: estby[(dev2p.get(v[0]),v[1])].append(v)
tv=[r for r in csv.DictReader(open(truthdir+'/visits.csv')) if not r['person'].startswith('staff')]
tend=max(int(r['exit_ts']) for r in tv)
cat=collections.Counter(); used=set(); perzone=collections.Counter(); misses=[]
for r in tv:
    p=r['person']; z=r['zone']; a=int(r['enter_ts']); b=int(r['exit_ts']); k=phones.get(p,0)
    if k==0: continue
    m=[v for v in estby[(p,z)] if v[2]<b+60000 and v[3]>a-60000 and v not in used]
    m=m[:k]; used.update(m)
    dur=(b-a)/1000; tag='fc' if z.startswith('fc') else 'store'
    why='atEnd' if b>=tend-1 else ('short<60' if dur<60 else 'long')
    cat[(tag,'miss',why)]+=k-len(m)
    cat[(tag,'hit')]+=len(m)
    if k>len(m) and tag=='store': misses.append((p,z,a,b,dur,why))
    perzone[z]+=0
for k,v in sorted(cat.items()): print(k,v)
fals=[v for v in out if v not in used and dev2p.get(v[0])]
print('false (matched devices)',len(fals), collections.Counter('fc' if v[1].startswith('fc') else 'store' for v in fals))
fd=sorted((v[3]-v[2])/1000 for v in fals if not v[1].startswith('fc')); n=len(fd); print('false store dur',[fd[int(n*q)] for q in (.1,.25,.5,.75,.9)])
# for false store visits: did the person have a true visit elsewhere overlapping? which zone?
tby=collections.defaultdict(list)
for r in tv: tby[r['person']].append((int(r['enter_ts']),int(r['exit_ts']),r['zone']))
fc=collections.Counter()
for v in fals:
    if v[1].startswith('fc'): continue
    p=dev2p[v[0]]
    ov=[t for t in tby[p] if t[0]<v[3] and t[1]>v[2]]
    if not ov: fc['no true visit overlapping']+=1
    elif any(t[2]==v[1] for t in ov): fc['same zone (duplicate/split)']+=1
    else: fc['other zone']+=1
print(fc)
json.dump({'misses':misses,'false':fals},open(res+'/vmatch.json','w'))
