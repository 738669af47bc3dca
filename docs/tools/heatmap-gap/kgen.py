import json, sys, numpy as np
import truthgrid
d=np.load(sys.argv[1]); p=np.load(sys.argv[2]); resdir=sys.argv[3]
globals().update(truthgrid.load(d, resdir))
D,PT,PX,PY,Z=p['D'],p['TS'],p['X'],p['Y'],p['Z']
o=np.lexsort((PT,D)); D,PT,PX,PY,Z=D[o],PT[o],PX[o],PY[o],Z[o]
nx=np.r_[PT[1:],0]; sm=np.r_[D[1:]==D[:-1],False]
PW=np.where(sm,np.minimum(nx-PT,90000)/1000,1.0)
E=grid(PX,PY,PW); c=cell(PX,PY)
cnt=np.zeros(R*C); u=np.unique(c.astype(np.int64)*10**7+D); np.add.at(cnt,(u//10**7).astype(int),1)
under=(cnt<5)&(E>0)
print('no floor %.4f  k5 blank %.4f   under-k cells %d holding %.1f%% of seconds'%(r(E,T),r(np.where(cnt>=5,E,0),T),under.sum(),100*E[under].sum()/E.sum()))
# zone of each cell centre via the position rows' zone label (majority)
cz=np.full(R*C,-1); cz[c]=Z
zones=p['zones']
G=np.where(cnt>=5,E,0)
rows_under=under[c]
for zi in np.unique(cz[under]):
    cells=np.nonzero(under&(cz==zi))[0]
    devs=np.unique(D[rows_under&(cz[c]==zi)])
    if len(devs)>=5: G[cells]=E[cells].sum()/len(cells)
print('k5 generalised per zone %.4f'%r(G,T))
