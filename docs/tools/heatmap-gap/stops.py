import json, sys, numpy as np
d=np.load(sys.argv[1])
mper,mts,mex,mey,mtx,mty,mdev=d['mper'],d['mts'],d['mex'],d['mey'],d['mtx'],d['mty'],d['mdev']
o=np.lexsort((mts,mdev)); mper,mts,mex,mey,mtx,mty,mdev=[a[o] for a in (mper,mts,mex,mey,mtx,mty,mdev)]
# stop segments: same device, truth position unchanged (within 0.05) consecutive
brk=np.r_[True,(mdev[1:]!=mdev[:-1])|(np.hypot(np.diff(mtx),np.diff(mty))>0.05)|(np.diff(mts)>1500)]
seg=np.cumsum(brk)-1
n=np.bincount(seg)
sx=np.bincount(seg,mex)/n; sy=np.bincount(seg,mey)/n; tx=np.bincount(seg,mtx)/n; ty=np.bincount(seg,mty)/n
long=n>=30
fc=(tx>170)&(tx<230)&(ty>12)&(ty<50)
e=np.hypot(sx-tx,sy-ty)
# per-row error weighted by time within long stops
rowe=np.hypot(mex-mtx,mey-mty)
inlong=long[seg]
print('rows in stops>=30s: %.3f of rows'%inlong.mean())
for name,m in (('store/other',long&~fc),('foodcourt',long&fc)):
    w=n[m]; ee=e[m]
    def wp(q):
        i=np.argsort(ee); c=np.cumsum(w[i]); return ee[i][np.searchsorted(c,q*c[-1])]
    print(name,'stops',m.sum(),'seconds',w.sum(),'time-weighted stop-mean error p25 %.2f p50 %.2f p75 %.2f p90 %.2f p95 %.2f'%tuple(wp(q) for q in (.25,.5,.75,.9,.95)))
    mm=m[seg]&inlong
    print('   row error in those stops: p50 %.2f p75 %.2f p90 %.2f'%tuple(np.percentile(rowe[mm],[50,75,90])))
    # same-cell rate
    cs=2.0
    same=(np.floor(mex/cs)==np.floor(mtx/cs))&(np.floor(mey/cs)==np.floor(mty/cs))
    print('   rows in same 2m cell: %.3f'%same[mm].mean())
# by stop length
for lo,hi in ((30,60),(60,180),(180,600),(600,1e9)):
    m=(n>=lo)&(n<hi); w=n[m]
    print('stop len %d-%d: stops %d, seconds %d, row err p50 %.2f p90 %.2f'%(lo,hi,m.sum(),w.sum(),*np.percentile(rowe[m[seg]],[50,90])))
print('--- bias vs spread in stops')
for lo,hi in ((60,180),(180,600),(600,1e9)):
    m=(n>=lo)&(n<hi)
    bias=e[m]
    dx=mex-sx[seg]; dy=mey-sy[seg]
    spread=np.sqrt(np.bincount(seg,dx*dx+dy*dy)/n)[m]
    # late-half estimate (last 30% of stop)
    print('len %d-%d: |stop-mean - truth| p50 %.2f p75 %.2f; within-stop rms spread p50 %.2f p75 %.2f'%(lo,hi,*np.percentile(bias,[50,75]),*np.percentile(spread,[50,75])))
# last-row error in each stop (the most informed estimate) for long stops
last=np.r_[seg[1:]!=seg[:-1],True]
lastE=np.hypot(mex-mtx,mey-mty)[last]
for lo,hi in ((60,180),(180,600),(600,1e9)):
    m=(n>=lo)&(n<hi)
    print('len %d-%d: last-row err p50 %.2f p75 %.2f p90 %.2f'%(lo,hi,*np.percentile(lastE[m],[50,75,90])))
