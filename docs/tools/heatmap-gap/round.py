import json, sys, numpy as np
import truthgrid
d=np.load(sys.argv[1]); resdir=sys.argv[2]
globals().update(truthgrid.load(d, resdir))
print('r(T, truth rounded 0.1) %.4f'%r(T,grid(np.round(X,1),np.round(Y,1),W)))
print('r(T, truth + 0.05 shift) %.4f'%r(T,grid(X+0.05,Y+0.05,W)))
print('r(T, truth + 0.01 shift) %.4f'%r(T,grid(X+0.01,Y+0.01,W)))
fx=np.mod(X,2.0); print('x mod 2 histogram (0.05 bins near 0):', np.histogram(fx,bins=np.arange(0,2.01,0.1),weights=W)[0].astype(int))
for a in (X,Y):
    f=np.mod(a,2.0)
    for lo,hi in ((0,0.001),(0.001,0.01),(1.99,2.0),(0.5,0.51),(1.0,1.001)):
        m=(f>=lo)&(f<hi); print('  [%.3f,%.3f): weight %.0f (%.2f%%)'%(lo,hi,W[m].sum(),100*W[m].sum()/W.sum()))
# which cells change most under +0.01 shift
T2=grid(X+0.01,Y+0.01,W); dd=np.abs(T2-T); idx=np.argsort(dd)[::-1][:10]
for i in idx: print('cell',i%C*cs,i//C*cs,'T %.0f shifted %.0f'%(T[i],T2[i]))
