import json, sys, numpy as np
from scipy.spatial import cKDTree
d=np.load(sys.argv[1]); p=np.load(sys.argv[2]); resdir=sys.argv[3]
h=json.load(open(resdir+'/heatmap.json')); cs=h['cellSize']; C=h['cols']; R=h['rows']; fr=h['from']; to=h['to']
P,TS,X,Y=d['P'],d['TS'],d['X'],d['Y']
o=np.lexsort((TS,P)); P,TS,X,Y=P[o],TS[o],X[o],Y[o]
nxt=np.r_[TS[1:],0]; same=np.r_[P[1:]==P[:-1],False]
W=np.where(same,np.minimum(nxt-TS,2000)/1000,1.0); W[(TS<fr)|(TS>=to)]=0
def cell(x,y):
    c=np.clip(np.floor(x/cs).astype(int),0,C-1); r=np.clip(np.floor(y/cs).astype(int),0,R-1); return r*C+c
def grid(x,y,w): g=np.zeros(R*C); np.add.at(g,cell(x,y),w); return g
def r(a,b): return np.corrcoef(a,b)[0,1]
T=grid(X,Y,W)
D,PT,PX,PY,U,Z=p['D'],p['TS'],p['X'],p['Y'],p['U'],p['Z']
o=np.lexsort((PT,D)); D,PT,PX,PY,U,Z=D[o],PT[o],PX[o],PY[o],U[o],Z[o]
nx=np.r_[PT[1:],0]; sm=np.r_[D[1:]==D[:-1],False]
PW=np.where(sm,np.minimum(nx-PT,90000)/1000,1.0)
print('base r %.4f'%r(grid(PX,PY,PW),T))
o2=np.argsort(PT,kind='stable'); bounds=np.r_[0,np.nonzero(np.diff(PT[o2]))[0]+1,len(o2)]
for rad in [float(s) for s in sys.argv[4].split(',')]:
  for maxu in (1.0,):
    QX=PX.copy(); QY=PY.copy()
    for a,b in zip(bounds[:-1],bounds[1:]):
        idx=o2[a:b]; idx=idx[U[idx]<=maxu]
        if len(idx)<2: continue
        pts=np.c_[PX[idx],PY[idx]]
        pairs=cKDTree(pts).query_pairs(rad,output_type='ndarray')
        if len(pairs)==0: continue
        pairs=pairs[Z[idx[pairs[:,0]]]==Z[idx[pairs[:,1]]]]
        par=np.arange(len(idx))
        def f(i):
            while par[i]!=i: par[i]=par[par[i]]; i=par[i]
            return i
        for i,j in pairs:
            a1,b1=f(i),f(j)
            if a1!=b1: par[a1]=b1
        roots=np.array([f(i) for i in range(len(idx))])
        w=1/np.maximum(U[idx],0.2)**2
        sx=np.bincount(roots,w*pts[:,0],len(idx)); sy=np.bincount(roots,w*pts[:,1],len(idx)); sw=np.bincount(roots,w,len(idx))
        QX[idx]=sx[roots]/sw[roots]; QY[idx]=sy[roots]/sw[roots]
    print('pool radius %.2f (unc<=%.1f): r %.4f'%(rad,maxu,r(grid(QX,QY,PW),T)),flush=True)
