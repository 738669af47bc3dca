import json, sys, numpy as np
import truthgrid
from scipy.special import ndtr
d=np.load(sys.argv[1]); p=np.load(sys.argv[2]); resdir=sys.argv[3]
globals().update(truthgrid.load(d, resdir))
E0=np.array(h['values'],dtype=float).ravel()
D,PT,PX,PY,U=p['D'],p['TS'],p['X'],p['Y'],p['U']
o=np.lexsort((PT,D)); D,PT,PX,PY,U=D[o],PT[o],PX[o],PY[o],U[o]
nx=np.r_[PT[1:],0]; sm=np.r_[D[1:]==D[:-1],False]
PW=np.where(sm,np.minimum(nx-PT,90000)/1000,1.0)
E=grid(PX,PY,PW)
print('heatmap.json r %.4f, recomputed point r %.4f (no k floor)'%(r(E0,T),r(E,T)))
print('uncertainty percentiles', np.percentile(U,[10,50,90]))
def spread(sig):
    g=np.zeros(R*C)
    c0=np.floor(PX/cs).astype(int); r0=np.floor(PY/cs).astype(int)
    for dc in range(-3,4):
        cx=c0+dc; px=ndtr(((cx+1)*cs-PX)/sig)-ndtr((cx*cs-PX)/sig)
        for dr in range(-3,4):
            ry=r0+dr; py=ndtr(((ry+1)*cs-PY)/sig)-ndtr((ry*cs-PY)/sig)
            ok=(cx>=0)&(cx<C)&(ry>=0)&(ry<R)
            np.add.at(g,(ry*C+cx)[ok],(PW*px*py)[ok])
    return g
for a in [float(s) for s in sys.argv[4].split(',')]:
    print('sigma=const %.2f: r %.4f'%(a, r(spread(np.full(len(PX),a)),T)))
for a in [float(s) for s in sys.argv[5].split(',')]:
    print('sigma=%.2f*unc (min .05): r %.4f'%(a, r(spread(np.maximum(0.05,a*U)),T)))
