import json, sys, numpy as np
d=np.load(sys.argv[1]); resdir=sys.argv[2]
h=json.load(open(resdir+'/heatmap.json')); cs=h['cellSize']; C=h['cols']; R=h['rows']; fr=h['from']; to=h['to']
E=np.array(h['values'],dtype=float).ravel()
P,TS,X,Y,ND=d['P'],d['TS'],d['X'],d['Y'],d['ND']
o=np.lexsort((TS,P)); P,TS,X,Y,ND=P[o],TS[o],X[o],Y[o],ND[o]
nxt=np.r_[TS[1:],0]; same=np.r_[P[1:]==P[:-1],False]
W=np.where(same,np.minimum(nxt-TS,2000)/1000,1.0); W[(TS<fr)|(TS>=to)]=0
def cell(x,y):
    c=np.clip(np.floor(x/cs).astype(int),0,C-1); r=np.clip(np.floor(y/cs).astype(int),0,R-1); return r*C+c
def grid(x,y,w): g=np.zeros(R*C); np.add.at(g,cell(x,y),w); return g
def r(a,b): return np.corrcoef(a,b)[0,1]
T=grid(X,Y,W)
names=d['names']; staff=np.char.startswith(names,'staff')
print('r est/truth %.4f'%r(E,T))
mper,mts=d['mper'],d['mts']
# covered truth rows: any emitted row for (person, ts)
key=P.astype(np.int64)*10**13+TS; mkey=mper.astype(np.int64)*10**13+mts
cov=np.isin(key,mkey)
print('truth person-s %.0f covered %.0f (%.1f%%)'%(W.sum(),W[cov].sum(),100*W[cov].sum()/W.sum()))
Tc=grid(X[cov],Y[cov],W[cov]); print('r(covered truth, truth) %.4f'%r(Tc,T))
# moving vs still
mv=np.r_[(X[1:]!=X[:-1])|(Y[1:]!=Y[:-1]),True]&same
unc=~cov
print('uncovered: still %.0f moving %.0f; staff uncovered %.0f'%(W[unc&~mv].sum(),W[unc&mv].sum(),W[unc&staff[P]].sum()))
# uncovered classification: before first emission / after last / middle
firstE={};lastE={}
order=np.argsort(mts)
fe=np.full(len(names),np.iinfo(np.int64).max); le=np.full(len(names),-1,dtype=np.int64)
ok=mper>=0
np.minimum.at(fe,mper[ok],mts[ok]); np.maximum.at(le,mper[ok],mts[ok])
bef=unc&(TS<fe[P]); aft=unc&(TS>le[P]); mid=unc&~bef&~aft
print('uncovered before first %.0f, after last %.0f, middle %.0f, never emitted persons %d'%(W[bef].sum(),W[aft].sum(),W[mid].sum(),(le<0).sum()))
print('middle still %.0f'%W[mid&~mv].sum())
# r if middle filled in
Tf=grid(X[cov|mid],Y[cov|mid],W[cov|mid]); print('r(covered+middle, truth) %.4f'%r(Tf,T))
Tf=grid(X[cov|mid|bef],Y[cov|mid|bef],W[cov|mid|bef]); print('r(covered+middle+before, truth) %.4f'%r(Tf,T))
# extra emitted rows not in truth (after)
u,first=np.unique(mkey[ok],return_index=True)
mtx,mty=d['mtx'][ok][first],d['mty'][ok][first]
MTp=grid(mtx,mty,np.ones(len(first)))
print('r(MTp,T) %.4f r(MTp,Tc) %.4f sum %.0f'%(r(MTp,T),r(MTp,Tc),MTp.sum()))
# compare with truth positions at those keys
idx=np.searchsorted(key,u) if np.all(np.diff(key)>=0) else None
ks=np.argsort(key); pos=ks[np.searchsorted(key[ks],u)]
hit=key[pos]==u
print('keys found %d of %d'%(hit.sum(),len(u)))
dd=np.hypot(X[pos][hit]-mtx[hit],Y[pos][hit]-mty[hit]); print('dist truth vs err.csv truth: median %.3f p90 %.3f p99 %.3f'%tuple(np.percentile(dd,[50,90,99])))
# device rows with exact truth positions (each emitting device counts)
cnt=np.zeros(len(key)); ks=np.argsort(key); pos=ks[np.searchsorted(key[ks],mkey[ok])]
np.add.at(cnt,pos,1)
Tdev=grid(X,Y,W*cnt); print('r(truth at emitted device rows, exact positions, truth) %.4f'%r(Tdev,T))
