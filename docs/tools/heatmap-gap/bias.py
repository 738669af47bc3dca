import json, sys, numpy as np
d=np.load(sys.argv[1])
mper,mts,mex,mey,mtx,mty,mdev=d['mper'],d['mts'],d['mex'],d['mey'],d['mtx'],d['mty'],d['mdev']
o=np.lexsort((mts,mdev)); mper,mts,mex,mey,mtx,mty,mdev=[a[o] for a in (mper,mts,mex,mey,mtx,mty,mdev)]
brk=np.r_[True,(mdev[1:]!=mdev[:-1])|(np.hypot(np.diff(mtx),np.diff(mty))>0.05)|(np.diff(mts)>1500)]
seg=np.cumsum(brk)-1; n=np.bincount(seg)
pos_in=np.r_[0,np.cumsum(n)[:-1]]
k=np.arange(len(seg))-pos_in[seg]
m=(n[seg]>=120)&(k>=60)&(k<n[seg]-30)   # inside long stops, after 60 s, before the last 30 s
fp=json.load(open('floorplans/medium-mall.json'))
S=np.array([s['position'] for s in fp['sensors']])
ex=mex[m]-mtx[m]; ey=mey[m]-mty[m]; tx=mtx[m]; ty=mty[m]
print('rows',m.sum(),'err median %.3f'%np.median(np.hypot(ex,ey)))
# nearest sensor direction
from scipy.spatial import cKDTree
dist,idx=cKDTree(S).query(np.c_[tx,ty])
ux=(S[idx,0]-tx)/np.maximum(dist,1e-6); uy=(S[idx,1]-ty)/np.maximum(dist,1e-6)
proj=ex*ux+ey*uy; perp=-ex*uy+ey*ux
for lo,hi in ((0,2),(2,4),(4,7),(7,100)):
    mm=(dist>=lo)&(dist<hi)
    print('nearest sensor %d-%d m: rows %d, radial err toward sensor mean %.3f median %.3f | |radial| med %.3f |tangential| med %.3f'%(lo,hi,mm.sum(),proj[mm].mean(),np.median(proj[mm]),np.median(np.abs(proj[mm])),np.median(np.abs(perp[mm]))))
# zone center direction
zc=[];zp=[]
for z in fp['zones']:
    if z['kind'] in ('store','foodcourt'):
        a=np.array(z['polygon'],float); zp.append((a[:,0].min(),a[:,0].max(),a[:,1].min(),a[:,1].max()))
zp=np.array(zp)
zi=np.full(len(tx),-1)
for i,(x0,x1,y0,y1) in enumerate(zp):
    zi[(tx>x0)&(tx<x1)&(ty>y0)&(ty<y1)]=i
ok=zi>=0
cx=(zp[zi,0]+zp[zi,1])/2; cy=(zp[zi,2]+zp[zi,3])/2
dc=np.hypot(cx-tx,cy-ty); vx=(cx-tx)/np.maximum(dc,1e-6); vy=(cy-ty)/np.maximum(dc,1e-6)
pc=ex*vx+ey*vy
for lo,hi in ((0,2),(2,4),(4,8),(8,100)):
    mm=ok&(dc>=lo)&(dc<hi)
    print('from zone centre %d-%d m: rows %d, err toward centre mean %.3f median %.3f'%(lo,hi,mm.sum(),pc[mm].mean(),np.median(pc[mm])))
# distance to zone wall
dw=np.minimum.reduce([tx-zp[zi,0],zp[zi,1]-tx,ty-zp[zi,2],zp[zi,3]-ty])
for lo,hi in ((0,1.2),(1.2,2),(2,3),(3,100)):
    mm=ok&(dw>=lo)&(dw<hi)
    print('truth %.1f-%.1f m from zone edge: rows %d err med %.3f, toward centre mean %.3f'%(lo,hi,mm.sum(),np.median(np.hypot(ex[mm],ey[mm])),pc[mm].mean()))
