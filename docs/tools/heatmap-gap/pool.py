import json, sys, numpy as np
import truthgrid
from scipy.spatial import cKDTree
d=np.load(sys.argv[1]); p=np.load(sys.argv[2]); resdir=sys.argv[3]
globals().update(truthgrid.load(d, resdir))
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
