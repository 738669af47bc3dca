import json, sys, numpy as np
import truthgrid
d=np.load(sys.argv[1]); resdir=sys.argv[2]
globals().update(truthgrid.load(d, resdir))
mper,mts,mex,mey,mtx,mty,mdev=d['mper'],d['mts'],d['mex'],d['mey'],d['mtx'],d['mty'],d['mdev']
o=np.lexsort((mts,mdev)); mper,mts,mex,mey,mtx,mty,mdev=[a[o] for a in (mper,mts,mex,mey,mtx,mty,mdev)]
brk=np.r_[True,(mdev[1:]!=mdev[:-1])|(np.hypot(np.diff(mtx),np.diff(mty))>0.05)|(np.diff(mts)>1500)]
seg=np.cumsum(brk)-1; n=np.bincount(seg)
sx=np.bincount(seg,mex)/n; sy=np.bincount(seg,mey)/n
med_x=np.zeros(len(n)); med_y=np.zeros(len(n))
# median per segment
starts=np.r_[0,np.cumsum(n)[:-1]]
for i in np.nonzero(n>=30)[0]:
    a=starts[i]; b=a+n[i]; med_x[i]=np.median(mex[a:b]); med_y[i]=np.median(mey[a:b])
long=(n>=30)[seg]
one=np.ones(len(mts))
print('r est rows %.4f'%r(grid(mex,mey,one),T))
ex=np.where(long,sx[seg],mex); ey=np.where(long,sy[seg],mey); print('r stop-mean %.4f'%r(grid(ex,ey,one),T))
ex=np.where(long,med_x[seg],mex); ey=np.where(long,med_y[seg],mey); print('r stop-median %.4f'%r(grid(ex,ey,one),T))
ex=np.where(long,mtx,mex); ey=np.where(long,mty,mey); print('r stops exact %.4f'%r(grid(ex,ey,one),T))
ex=np.where(long,mex,mtx); ey=np.where(long,mey,mty); print('r moving exact %.4f'%r(grid(ex,ey,one),T))
