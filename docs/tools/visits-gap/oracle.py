# usage: python3 oracle.py TRUTH PHONES.json (phones.py): per-store visit scores of exact device, person and co-moving-group counts
# Oracle counts: how well would perfect device / person / co-moving-group counting score against people visits?
import json,csv,collections,sys,statistics
truthdir,phones=sys.argv[1],json.load(open(sys.argv[2]))
tv=list(csv.DictReader(open(truthdir+'/visits.csv')))
vz=lambda z: z.startswith('st-') or z.startswith('fc')
tv=[r for r in tv if vz(r['zone'])]
tc=collections.Counter(r['zone'] for r in tv)
# groups: consecutive ids with the same zone sequence and enter times within 6 s per member
seq=collections.defaultdict(list)
for r in tv: seq[r['person']].append((r['zone'],int(r['enter_ts'])))
ids=sorted(p for p in seq if p.startswith('p-'))
group={}
prev=None
for p in ids:
    s=seq[p]
    if prev and len(seq[prev])==len(s) and all(a[0]==b[0] and 0<=b[1]-a[1]<=5000 for a,b in zip(seq[prev],s)):
        group[p]=group[prev]
    else: group[p]=p
    prev=p
for p in seq:
    group.setdefault(p,p)
gs=collections.Counter(group.values())
print('group sizes',collections.Counter(gs.values()))
def score(est):
    ve=[abs(est.get(z,0)-tc[z])/tc[z] for z in tc if tc[z]>=5]
    return statistics.median(ve), sum(e<=0.1 for e in ve)/len(ve), len(ve)
dev=collections.Counter(); per=collections.Counter(); grp=collections.Counter(); seen=set()
for r in tv:
    n=phones.get(r['person'],1)
    dev[r['zone']]+=n
    per[r['zone']]+= 1 if n>0 else 0
# group counting: one per (group, zone, enter within group) if any member has a phone
gphones=collections.Counter()
for p in seq: gphones[group[p]]+=phones.get(p,1)
for r in tv:
    g=group[r['person']]
    if r['person']!=g: continue  # leader's visits stand for the group
    if gphones[g]>0: grp[r['zone']]+=1
print('device exact      median %.3f within10 %.3f zones %d'%score(dev))
print('person exact      median %.3f within10 %.3f zones %d'%score(per))
print('group (co-moving) median %.3f within10 %.3f zones %d'%score(grp))
tot=sum(tc[z] for z in tc); 
for f in (sum(tc.values())/sum(grp.values()),):
    print('group scaled %.3f median %.3f within10 %.3f zones %d'%((f,)+score({z:grp[z]*f for z in grp})))
# person count but with devices-in-groups merged: i.e. what co-moving merge gives for two-phone people only
# per arrival group: number of devices k; merge rules
def rule(f):
    est=collections.Counter()
    for r in tv:
        g=group[r['person']]
        if r['person']!=g: continue
        k=gphones[g]
        if k>0: est[r['zone']]+=f(k)
    return est
for name,f in [('k==2 ->1',lambda k:1 if k==2 else k),('k-1 (min1)',lambda k:max(1,k-1)),('k',lambda k:k)]:
    print('cluster rule %-12s median %.3f within10 %.3f zones %d'%((name,)+score(rule(f))))
# how often is a 2-device cluster a single person with two phones?
c=collections.Counter()
for g,n in gphones.items():
    if n==2: c[gs[g]]+=1
print('2-device clusters by people in them',c)
