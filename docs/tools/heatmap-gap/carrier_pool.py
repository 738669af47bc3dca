# usage: python3 carrier_pool.py CACHE POS RESULTS ERR.csv TRUTH (CACHE from cache.py/tcache.py, POS from pos.py)
# Oracle: pool the positions of true companions (one person's devices; a group's members) at the same second.
import json, sys, csv, collections, numpy as np
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import truthgrid
d=np.load(sys.argv[1]); p=np.load(sys.argv[2]); resdir=sys.argv[3]; errcsv=sys.argv[4]; truthdir=sys.argv[5]
globals().update(truthgrid.load(d, resdir))
dev2p={}
for r_ in csv.DictReader(open(errcsv)): dev2p.setdefault(r_['device'],r_['person'])
tv=[r_ for r_ in csv.DictReader(open(truthdir+'/visits.csv')) if r_['zone'].startswith(('st-','fc'))]
seq=collections.defaultdict(list)
for r_ in tv: seq[r_['person']].append((r_['zone'],int(r_['enter_ts'])))
ids=sorted(q for q in seq if q.startswith('p-')); group={}; prev=None
for q in ids:
    s=seq[q]
    if prev and len(seq[prev])==len(s) and all(a[0]==b[0] and 0<=b[1]-a[1]<=5000 for a,b in zip(seq[prev],s)): group[q]=group[prev]
    else: group[q]=q
    prev=q
D,PT,PX,PY,U,Z=p['D'],p['TS'],p['X'],p['Y'],p['U'],p['Z']; devs=p['devs']
o=np.lexsort((PT,D)); D,PT,PX,PY,U,Z=D[o],PT[o],PX[o],PY[o],U[o],Z[o]
nx=np.r_[PT[1:],0]; sm=np.r_[D[1:]==D[:-1],False]
PW=np.where(sm,np.minimum(nx-PT,90000)/1000,1.0)
print('base r %.4f'%r(grid(PX,PY,PW),T),flush=True)
for mode in ('person','group'):
    key=np.array([hash((dev2p.get(str(x)) if mode=='person' else group.get(dev2p.get(str(x)),dev2p.get(str(x)))) or str(x)) for x in devs])
    K=key[D]
    # pool by (key, ts, zone)
    kk=np.stack([K,PT,Z],1)
    _,inv=np.unique(kk,axis=0,return_inverse=True); inv=inv.ravel()
    w=1/np.maximum(U,0.2)**2
    sx=np.bincount(inv,w*PX); sy=np.bincount(inv,w*PY); sw=np.bincount(inv,w)
    QX=sx[inv]/sw[inv]; QY=sy[inv]/sw[inv]
    print(mode,'pooled share %.3f r %.4f'%((np.bincount(inv)[inv]>1).mean(),r(grid(QX,QY,PW),T)),flush=True)
    # and one device per pooled key (count a carrier's time once)
    first=np.zeros(len(inv),bool); _,fi=np.unique(inv,return_index=True); first[fi]=True
    print(mode,'pooled+once r %.4f'%r(grid(QX[first],QY[first],PW[first]),T),flush=True)
