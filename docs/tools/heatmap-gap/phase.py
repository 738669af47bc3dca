import json, sys, numpy as np
import truthgrid
from scipy.special import ndtr
d=np.load(sys.argv[1]); p=np.load(sys.argv[2]); resdir=sys.argv[3]
globals().update(truthgrid.load(d, resdir, pad=2))
D,PT,PX,PY,U=p['D'],p['TS'],p['X'],p['Y'],p['U']
o=np.lexsort((PT,D)); D,PT,PX,PY,U=D[o],PT[o],PX[o],PY[o],U[o]
nx=np.r_[PT[1:],0]; sm=np.r_[D[1:]==D[:-1],False]
PW=np.where(sm,np.minimum(nx-PT,90000)/1000,1.0)
def spread(PX,PY,sig):
    if sig<=0: return grid(PX,PY,PW)
    g=np.zeros(R*C); c0=np.floor(PX/cs).astype(int); r0=np.floor(PY/cs).astype(int)
    for dc in range(-2,3):
        cx=c0+dc; px=ndtr(((cx+1)*cs-PX)/sig)-ndtr((cx*cs-PX)/sig)
        for dr in range(-2,3):
            ry=r0+dr; py=ndtr(((ry+1)*cs-PY)/sig)-ndtr((ry*cs-PY)/sig)
            ok=(cx>=0)&(cx<C)&(ry>=0)&(ry<R)
            np.add.at(g,(ry*C+cx)[ok],(PW*px*py)[ok])
    return g
sigs=[float(s) for s in sys.argv[4].split(',')]
res={s:[] for s in sigs}
for ox in (0,0.5,1.0,1.5):
    for oy in (0,0.5,1.0,1.5):
        T=grid(X+ox,Y+oy,W)
        line=[]
        for s in sigs:
            v=r(spread(PX+ox,PY+oy,s),T); res[s].append(v); line.append('%.4f'%v)
        print('offset',ox,oy,' '.join(line),flush=True)
for s in sigs: print('sigma %.2f: mean r %.4f min %.4f max %.4f'%(s,np.mean(res[s]),np.min(res[s]),np.max(res[s])))
