# r of the pipeline heatmap vs truth, and r of a heatmap recomputed from positions.jsonl without the k floor
import json, sys, numpy as np
d=np.load(sys.argv[1]); resdir=sys.argv[2]
h=json.load(open(resdir+'/heatmap.json')); cs=h['cellSize']; C=h['cols']; R=h['rows']; fr=h['from']; to=h['to']
E0=np.array(h['values'],dtype=float).ravel()
P,TS,X,Y=d['P'],d['TS'],d['X'],d['Y']; names=d['names']
o=np.lexsort((TS,P)); P,TS,X,Y=P[o],TS[o],X[o],Y[o]
nxt=np.r_[TS[1:],0]; same=np.r_[P[1:]==P[:-1],False]
W=np.where(same,np.minimum(nxt-TS,2000)/1000,1.0); W[(TS<fr)|(TS>=to)]=0
def cell(x,y):
    c=np.clip(np.floor(x/cs).astype(int),0,C-1); r=np.clip(np.floor(y/cs).astype(int),0,R-1); return r*C+c
def grid(x,y,w): g=np.zeros(R*C); np.add.at(g,cell(x,y),w); return g
def r(a,b): return np.corrcoef(a,b)[0,1]
T=grid(X,Y,W)
staff=np.char.startswith(names,'staff')[P]
Tns=grid(X[~staff],Y[~staff],W[~staff])
pos=[json.loads(l) for l in open(resdir+'/positions.jsonl')]
dev={}; D=np.array([dev.setdefault(q['device'],len(dev)) for q in pos]); PT=np.array([q['ts'] for q in pos]); PX=np.array([q['x'] for q in pos]); PY=np.array([q['y'] for q in pos])
o=np.lexsort((PT,D)); D,PT,PX,PY=D[o],PT[o],PX[o],PY[o]
nx=np.r_[PT[1:],0]; sm=np.r_[D[1:]==D[:-1],False]
PW=np.where(sm,np.minimum(nx-PT,90000)/1000,1.0)
E=grid(PX,PY,PW)
# k floor recomputed
cnt=np.zeros(R*C); c=cell(PX,PY); u=np.unique(c.astype(np.int64)*10**7+D); np.add.at(cnt,(u//10**7).astype(int),1)
Ek=np.where(cnt>=5,E,0)
print('r heatmap.json %.4f | recomputed no-k %.4f, k5 %.4f | vs truth w/o staff: json %.4f nok %.4f'%(r(E0,T),r(E,T),r(Ek,T),r(E0,Tns),r(E,Tns)))
