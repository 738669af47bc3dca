import csv,json,collections,sys
import replica
res, truthdir, errcsv = sys.argv[1], sys.argv[2], sys.argv[3]
dev2p={}
for r in csv.DictReader(open(errcsv)): dev2p.setdefault(r['device'],r['person'])
out=replica.visits(replica.positions(res))
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
