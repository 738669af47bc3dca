# Carrier pairs tried offline (session 7): pairs of devices whose visits match (same zone, enter and exit within E/X s),
# M matched visits, mismatches (visits overlapping >= 60 s in other zones) weighted R; clusters of 2 merged.
# usage: GRID=60,90 python3 proto2.py VISITS.pkl TRUTH   (VISITS.pkl from mkvisits.py)
import csv,json,collections,sys,pickle,statistics
D=pickle.load(open(sys.argv[1],'rb')); truthdir=sys.argv[2]
V=sorted(D['visits'],key=lambda v:v[3]); dev2p=D['dev2p']
tv=[r for r in csv.DictReader(open(truthdir+'/visits.csv')) if r['zone'].startswith(('st-','fc'))]
tc=collections.Counter(r['zone'] for r in tv)
seq=collections.defaultdict(list)
for r in tv: seq[r['person']].append((r['zone'],int(r['enter_ts'])))
ids=sorted(p for p in seq if p.startswith('p-')); group={}; prev=None
for p in ids:
    s=seq[p]
    if prev and len(seq[prev])==len(s) and all(a[0]==b[0] and 0<=b[1]-a[1]<=5000 for a,b in zip(seq[prev],s)): group[p]=group[prev]
    else: group[p]=p
    prev=p
def score(est):
    ve=[abs(est.get(z,0)-tc[z])/tc[z] for z in tc if tc[z]>=5]
    return statistics.median(ve), sum(e<=0.1 for e in ve)/len(ve)
base=collections.Counter(v[1] for v in V)
print('base median %.3f within10 %.3f'%score(base), len(V))
bydev=collections.defaultdict(list)
for i,v in enumerate(V): bydev[v[0]].append(i)
byzone=collections.defaultdict(list)
for i,v in enumerate(V): byzone[v[1]].append(i)
def overlap(a,b): return min(a[3],b[3])-max(a[2],b[2])
def run(E,X,M,R,maxsize=2,label=True):
    match=collections.defaultdict(list)
    for z,L in byzone.items():
        L=sorted(L,key=lambda i:V[i][2])
        for a in range(len(L)):
            for b in range(a+1,len(L)):
                va,vb=V[L[a]],V[L[b]]
                if vb[2]-va[2]>E: break
                if va[0]!=vb[0] and abs(vb[3]-va[3])<=X:
                    match[tuple(sorted((va[0],vb[0])))].append((L[a],L[b]))
    edges={}
    for (a,b),m in match.items():
        if len(m)<M: continue
        # mismatches: a visit of one overlapping in time (>= 60 s) a visit of the other in another zone
        mm=0
        for x,y in ((a,b),(b,a)):
            for i in bydev[x]:
                for j in bydev[y]:
                    if V[i][1]!=V[j][1] and overlap(V[i],V[j])>=60000: mm+=1; break
        if len(m) >= R*mm + M and mm*R <= len(m): edges[(a,b)]=m
    par={}
    def f(x):
        while par.get(x,x)!=x: x=par[x]
        return x
    for a,b in edges: par[f(a)]=f(b)
    size=collections.Counter(f(d) for d in {d for e in edges for d in e})
    drop=set()
    for (a,b),m in edges.items():
        if size[f(a)]>maxsize: continue
        for ia,ib in m: drop.add(max(ia,ib))
    est=collections.Counter(V[i][1] for i in range(len(V)) if i not in drop)
    cls=collections.Counter()
    if label and dev2p:
        for a,b in edges:
            if size[f(a)]>maxsize: continue
            pa,pb=dev2p.get(a),dev2p.get(b)
            cls['person' if pa==pb else 'group' if pa and pb and group.get(pa,pa)==group.get(pb,pb) else 'other']+=1
    med,w=score(est)
    print('E%d X%d M%d R%d max%d edges %d dropped %d  median %.3f within10 %.3f  %s'%(E/1000,X/1000,M,R,maxsize,len(edges),len(drop),med,w,dict(cls)))
import os
GRID=os.environ.get("GRID","60,90").split(",")
for E,X in [(int(g)*1000,int(g)*1000) for g in GRID]:
  for M in (2,3):
    for R in (0,1,2):
        run(E,X,M,R)
